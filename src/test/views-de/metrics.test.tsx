// A metric family's drill-down in German, on the mock API: headings, chart texts, table and events in
// German, with German weeks, dates and numbers, and no English left over.
import { fireEvent, screen, within } from '@testing-library/react';
import { onMockApi } from '@/test/mock-api';
import { renderApp } from '@/test/render-app';

const { mock } = onMockApi({ locales: ['de-DE'] });

describe('the metrics drill-down in German', () => {
  it('shows the trend with German words, weeks and numbers', async () => {
    renderApp('/metrics/loyalty?unit=retail&range=13w', { locale: 'de-DE' });
    const headline = mock.catalog.metrics.find((m) => m.family === 'loyalty' && m.headline)!;
    const figure = await screen.findByRole(
      'figure',
      { name: `${headline.name}, wöchentlich` },
      { timeout: 5000 },
    );
    expect(screen.getByRole('heading', { name: 'Im Zeitverlauf' })).toBeInTheDocument();
    // The family in the page title is German too, as on the tiles and the wall.
    expect(screen.getByRole('heading', { level: 2, name: /^Loyalität · / })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Geschäftsbereiche im Vergleich' }),
    ).toBeInTheDocument();
    expect(
      within(figure).getByText(/Schattiert: Konfidenzintervall \(95 %\)\. Gestrichelt:/),
    ).toBeInTheDocument();

    fireEvent.click(figure.querySelector('button[aria-pressed]')!);
    const table = within(figure).getByRole('table');
    for (const header of ['Woche', 'Konfidenzintervall (95 %)', 'Vorjahr'])
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    // German calendar weeks and decimal commas, intervals with "bis".
    expect(within(rows.at(-1)!).getByRole('rowheader')).toHaveTextContent(/^KW \d{2}\/2026$/);
    expect(rows.at(-1)!).toHaveTextContent(/\d,\d/);
    expect(rows.at(-1)!).toHaveTextContent(/ bis /);
    expect(table).not.toHaveTextContent(/ to |low sample/);

    for (const english of [
      'Over time',
      'Units compared',
      `${headline.name}, weekly`,
      /Shaded: 95% interval/,
      'A year earlier',
      /^W\d{2} 2026$/,
    ])
      expect(screen.queryByText(english)).not.toBeInTheDocument();
  }, 20_000);

  it('says in German that a family does not exist', async () => {
    renderApp('/metrics/nonsense', { locale: 'de-DE' });
    expect(
      await screen.findByText(/^Die Kennzahlenfamilie „nonsense“ gibt es nicht\./),
    ).toBeInTheDocument();
  });
});
