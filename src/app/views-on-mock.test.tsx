// The app against the real mock API handlers (MSW in node): every view renders the mock's figures.
import { act, screen, waitFor, within } from '@testing-library/react';
import { createMockServer } from '@mocks/node';
import { getMockData } from '@mocks/data/mock-data';
import { formatValue } from '@/lib/format/format';
import { createQueryClient } from '@/lib/query/query-client';
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
        await within(tile).findByText(formatValue(latest.value, metric), { selector: 'data' }),
      ).toBeInTheDocument();
    }
    // What changed loads its code after the tiles.
    expect(
      await screen.findByRole('heading', { name: 'What changed' }, { timeout: 5000 }),
    ).toBeInTheDocument();
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

  it('opens the weekly review from the overview without asking again for stages or pillars', async () => {
    const asked: string[] = [];
    const record = ({ request }: { request: Request }) => void asked.push(request.url);
    server.events.on('request:start', record);
    try {
      // The app's query client: figures stay fresh for a minute, as in the running app.
      const { router } = renderApp('/', {}, { queryClient: createQueryClient(300) });
      // The overview's "what changed" has read every unit's stages and the organisation's pillars.
      const news = await screen.findByRole('region', { name: 'What changed' }, { timeout: 5000 });
      await waitFor(() => expect(within(news).getAllByRole('listitem').length).toBeGreaterThan(0), {
        timeout: 5000,
      });
      const before = asked.length;
      // Every unit's stages in one request: the mock's catalog offers GET /v1/unit-stages.
      const stageRequests = asked.filter((url) => /\/v1\/(unit-)?stages\b/.test(url));
      expect(stageRequests).toHaveLength(1);
      expect(new URL(stageRequests[0]!).searchParams.get('units')?.split(',')).toEqual(
        mock.catalog.units.map((u) => u.id),
      );
      await act(() => router.navigate('/review'));
      const stageTable = await screen.findByRole(
        'table',
        { name: /Stages in Q4 2026/ },
        { timeout: 5000 },
      );
      await screen.findByRole('table', { name: /Pillar health by month/ }, { timeout: 5000 });
      // Every table filled in: no cell still waiting ("…") for its unit's figures.
      await waitFor(
        () => {
          const cells = screen.getAllByRole('cell').map((c) => c.textContent);
          expect(cells.filter((text) => text === '…')).toEqual([]);
          expect(within(stageTable).getAllByRole('row')).toHaveLength(
            mock.catalog.units.length + 1,
          );
        },
        { timeout: 5000 },
      );
      const after = asked.slice(before).map((url) => new URL(url).pathname);
      // The review's own figures (units by metric for its week, annotations) are new; the stage
      // table, pillar table and what changed are answered from what the overview fetched.
      expect(after.filter((p) => p.endsWith('stages'))).toEqual([]);
      expect(after.filter((p) => p.endsWith('/v1/pillars'))).toEqual([]);
      expect(after.filter((p) => p.endsWith('/v1/metrics')).length).toBeGreaterThan(0);
    } finally {
      server.events.removeListener('request:start', record);
    }
  });
});
