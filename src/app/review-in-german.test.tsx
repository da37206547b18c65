// The weekly review in German, on the mock API: its words from the de-DE catalog, weeks as German
// calendar weeks, numbers with a decimal comma.
import { screen, within } from '@testing-library/react';
import { formatValue } from '@/lib/format/format';
import { onMockApi } from '@/test/mock-api';
import { renderApp } from '@/test/render-app';

const { mock } = onMockApi({ locales: ['de-DE'] });

describe('the weekly review in German', () => {
  it('has German headings, week, comparisons and numbers, and no English', async () => {
    renderApp('/review?unit=retail', { locale: 'de-DE' });
    expect(
      await screen.findByRole('heading', { name: /Wochenbericht/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('KW 47/2026 (16. Nov. 2026 – 22. Nov. 2026)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Drucken oder als PDF speichern' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Woche' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Leitkennzahlen' })).toBeInTheDocument();

    const metric = mock.catalog.metrics.find((m) => m.family === 'loyalty' && m.headline)!;
    const latest = mock
      .metricSeries('retail', [metric.id as never])[0]!
      .points.filter((p) => p.value != null && p.period <= '2026-11-16')
      .at(-1)!;
    const card = await screen.findByRole('article', { name: metric.name }, { timeout: 5000 });
    const value = formatValue(latest.value, metric, 'de-DE');
    expect(value).toMatch(/,\d/);
    expect(await within(card).findByText(value, { exact: false })).toBeInTheDocument();
    expect(within(card).getByText('ggü. 4-Wochen-Mittel')).toBeInTheDocument();
    expect(within(card).getByText('ggü. Vorjahr')).toBeInTheDocument();

    expect(
      await screen.findByRole('table', { name: /^Geschäftsbereiche × Leitkennzahlen/ }),
    ).toBeInTheDocument();
    // The review's own words (the app's navigation around it is not the review's).
    const page = document.querySelector<HTMLElement>('.page.review')!;
    expect(within(page).queryByText(/Weekly review|Headline numbers|vs last week/)).toBeNull();
    expect(within(page).queryByRole('button', { name: 'Print or save as PDF' })).toBeNull();

    const footer = document.querySelector('style[data-print-footer]')!.textContent;
    expect(footer).toContain('content: "Wöchentlicher Kundenbericht · ');
    expect(footer).toContain('content: "Seite " counter(page) " von " counter(pages)');
  }, 20_000);
});
