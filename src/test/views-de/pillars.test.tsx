// The pillars view in German, on the mock API: summary sentences, headings and chart texts in
// German, months and numbers in German format, and no English left over.
import { screen } from '@testing-library/react';
import { onMockApi } from '@/test/mock-api';
import { renderApp } from '@/test/render-app';

onMockApi({ locales: ['de-DE'] });

describe('the pillars view in German', () => {
  it('names the weakest pillars and the movers in German', async () => {
    renderApp('/pillars?unit=business', { locale: 'de-DE' });
    const weakest = await screen.findByText(/^Am schwächsten im/, {}, { timeout: 5000 });
    // A German month ("Nov. 2026"), German decimals ("48,2") and "und" between the two pillars.
    expect(weakest).toHaveTextContent(
      /^Am schwächsten im [A-ZÄ][a-zä]+\.? 2026: .+ \(\d+,\d\) und .+ \(\d+,\d\)\.$/,
    );
    expect(weakest).toHaveTextContent('Measure what matters');
    expect(
      screen.getByText(/^(Signifikante Veränderungen seit|Seit .* hat sich keine Säule)/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Gezeigte Veränderungen sind auf dem 95-%-Niveau signifikant/),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Zustand der Säulen/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Auf einen Blick' })).toBeInTheDocument();
    expect(screen.getByText('Heute, vor einem Quartal und vor einem Jahr')).toBeInTheDocument();
    expect(screen.getByText(/^Werte 0–100: rot unter \d+ \(schwach\)/)).toBeInTheDocument();

    for (const english of [
      /^Weakest in/,
      /^Biggest movers/,
      /^Significant movers/,
      /^No pillar moved/,
      /^Changes shown are significant/,
      /^Pillar health/,
      'In words',
      "Each pillar's trend",
      'Now vs a quarter ago vs a year ago',
      /^Scores 0–100/,
    ])
      expect(screen.queryByText(english)).not.toBeInTheDocument();
  }, 20_000);
});
