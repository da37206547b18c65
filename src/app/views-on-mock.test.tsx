// The app against the real mock API handlers (MSW in node): every view renders the mock's figures.
import { screen, within } from '@testing-library/react';
import { createMockServer } from '@mocks/node';
import { getMockData } from '@mocks/data/mock-data';
import { formatValue } from '@/lib/format';
import { renderApp } from '@/test/render-app';

const options = { asOf: '2026-11-20', latencyMs: 0 };
const server = createMockServer(options);
const mock = getMockData(options);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

describe('on the mock API', () => {
  it('shows the latest headline value of every family for a unit', async () => {
    renderApp('/?unit=retail');
    const headlines = mock.catalog.metrics.filter((m) => m.headline);
    for (const metric of headlines) {
      const latest = mock
        .metricSeries('retail', [metric.id as never])[0]!
        .points.filter((p) => p.value != null)
        .at(-1)!;
      const tile = await screen.findByRole('article', { name: metric.name });
      expect(
        await within(tile).findByText(formatValue(latest.value, metric.unit), { selector: 'data' }),
      ).toBeInTheDocument();
    }
    expect(await screen.findByRole('heading', { name: 'What changed' })).toBeInTheDocument();
  });

  it('lists every unit with its stage on the stages view', async () => {
    renderApp('/stages');
    const standings = await screen.findByRole(
      'table',
      { name: /Stage of every unit now/ },
      { timeout: 5000 },
    );
    for (const unit of mock.catalog.units) {
      const latest = mock.stagePoints(unit.id).at(-1)!;
      const stageName = mock.catalog.stages.find((s) => s.id === latest.stage)!.name;
      const row = (await within(standings).findByRole('button', { name: unit.name })).closest(
        'tr',
      )!;
      expect(await within(row).findByText(stageName)).toBeInTheDocument();
    }
  });

  it('names the weakest pillars on the pillars view', async () => {
    renderApp('/pillars?unit=business');
    expect(await screen.findByText(/^Weakest in/, {}, { timeout: 5000 })).toHaveTextContent(
      'Measure what matters',
    );
  });
});
