// An embed asked for German with `?locale=de-DE` gets German, whatever the dashboard's own locale;
// its problems are named in the dashboard's locale.
import { screen } from '@testing-library/react';
import { formatValue } from '@/lib/format/format';
import { onMockApi } from '@/test/mock-api';
import { renderApp } from '@/test/render-app';

const { mock } = onMockApi({ locales: ['de-DE'] });

describe('an embed in German', () => {
  it('follows ?locale=de-DE: German link text and a German-formatted figure', async () => {
    renderApp('/embed/tile/loyalty?unit=retail&locale=de-DE');
    const link = await screen.findByRole(
      'link',
      { name: /Im Dashboard öffnen/ },
      { timeout: 5000 },
    );
    expect(link).toHaveAttribute('href', '/?unit=retail');
    expect(screen.queryByText(/Open in the dashboard/)).toBeNull();

    const metric = mock.catalog.metrics.find((m) => m.family === 'loyalty' && m.headline)!;
    const latest = mock
      .metricSeries('retail', [metric.id as never])[0]!
      .points.filter((p) => p.value != null)
      .at(-1)!;
    const value = formatValue(latest.value, metric, 'de-DE');
    expect(value).toMatch(/,\d/);
    expect((await screen.findAllByText(value, { exact: false })).length).toBeGreaterThan(0);
  }, 20_000);

  it('names an invalid parameter in German', async () => {
    renderApp('/embed/trend/loyalty?theme=pink', { locale: 'de-DE' });
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Der Parameter „theme=pink“ ist ungültig; erwartet wird einer von: light, dark, auto, high-contrast.',
    );
  });

  it('names an unknown family in German', async () => {
    renderApp('/embed/tile/courage', { locale: 'de-DE' });
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Es gibt keine Kennzahlenfamilie „courage“',
    );
  });
});
