// The wall in German, on the mock API: status bar, view title and figures from the de-DE catalog
// and with German number and date formats.
import { screen, within } from '@testing-library/react';
import { formatValue } from '@/lib/format/format';
import { onMockApi } from '@/test/mock-api';
import { renderApp } from '@/test/render-app';

const { mock } = onMockApi({ locales: ['de-DE'] });

describe('the wall in German', () => {
  it('shows the headline view with German words, numbers and dates, and no English', async () => {
    const { container } = renderApp('/wall?unit=retail', { locale: 'de-DE' });
    expect(await screen.findByText('Leitkennzahlen', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/^Datenstand 20\. Nov\., \d\d:\d\d/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Zeit bis zur nächsten Ansicht' })).toBeTruthy();

    const metric = mock.catalog.metrics.find((m) => m.family === 'loyalty' && m.headline)!;
    const latest = mock
      .metricSeries('retail', [metric.id as never])[0]!
      .points.filter((p) => p.value != null)
      .at(-1)!;
    const tile = await screen.findByRole('article', { name: metric.name }, { timeout: 5000 });
    const value = formatValue(latest.value, metric, 'de-DE');
    expect(value).toMatch(/,\d/);
    expect(await within(tile).findByText(value)).toBeInTheDocument();
    expect(within(tile).getByText('Loyalität')).toBeInTheDocument();
    expect(within(tile).getByText(/KW \d\d\/2026/)).toBeInTheDocument();

    expect(container.textContent).not.toMatch(
      /Headline metrics|Data as of|vs last week|No significant change|On track|Target/,
    );
  }, 20_000);
});
