// The stages view in German, on the mock API: headings, table, why and outlook in German, numbers
// with a decimal comma, and no English left over.
import { screen, within } from '@testing-library/react';
import { formatNumber } from '@/lib/format/format';
import { onMockApi } from '@/test/mock-api';
import { renderApp } from '@/test/render-app';

const { mock } = onMockApi({ locales: ['de-DE'] });

describe('the stages view in German', () => {
  it('shows the standings, why and outlook in German', async () => {
    renderApp('/stages?unit=retail', { locale: 'de-DE' });
    const standings = await screen.findByRole(
      'table',
      { name: /^Aktuelle Stufe jedes Geschäftsbereichs/ },
      { timeout: 5000 },
    );
    expect(screen.getByRole('heading', { name: 'Stufenentwicklung' })).toBeInTheDocument();
    expect(
      within(standings).getByRole('columnheader', { name: 'Was die nächste Stufe blockiert' }),
    ).toBeInTheDocument();
    const retail = mock.catalog.units.find((u) => u.id === 'retail')!;
    const latest = mock.stagePoints('retail').at(-1)!;
    const row = (await within(standings).findByRole('button', { name: retail.name })).closest(
      'tr',
    )!;
    const score = formatNumber(latest.score, 'de-DE');
    expect(score).toMatch(/^\d+,\d$/);
    expect(await within(row).findByText(score)).toBeInTheDocument();
    expect(within(row).getByText(/^(Steigend|Stabil|Fallend)$/)).toBeInTheDocument();

    expect(await screen.findByRole('heading', { name: 'Begründung' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ausblick' })).toBeInTheDocument();
    expect(screen.getByText(/^Stufe in Q\d \d{4}:/)).toHaveTextContent(
      new RegExp(`mit einem Reifegrad von ${score}`),
    );
    expect(screen.getByRole('option', { name: /\(aktuell\)$/ })).toBeInTheDocument();

    for (const english of [
      'Stage progression',
      'Where each unit stands',
      'Why',
      'Outlook',
      /Stage of every unit now/,
      /Held in/,
      /with a score of/,
      /^(Climbing|Steady|Slipping)$/,
    ])
      expect(screen.queryByText(english)).not.toBeInTheDocument();
  }, 20_000);
});
