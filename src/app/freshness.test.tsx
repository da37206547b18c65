// Overdue figures are said in the header and on every headline tile, apart from the connection's
// state; on-time figures say nothing of the kind. On the mock API (data as of Friday 20 Nov 2026:
// latest week W47, which ends on Sunday 22 Nov).
import { screen, waitFor, within } from '@testing-library/react';
import { onMockApi } from '@/test/mock-api';
import { renderApp } from '@/test/render-app';

onMockApi({ locales: ['de-DE'] });

afterEach(() => vi.useRealTimers());

/** The browser's date and time (only `Date`: timers and the mock API run as usual). */
function today(y: number, m: number, d: number, h = 9) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(y, m - 1, d, h));
}

// Generous waits: the mock's answers come slowly on a busy machine.
const slow = { timeout: 15_000 };

async function tiles() {
  await waitFor(() => expect(screen.getAllByRole('article').length).toBeGreaterThan(1), slow);
  const all = screen.getAllByRole('article');
  // Every tile has its figures (the header's signals are settled by then).
  for (const tile of all)
    await waitFor(() => expect(tile.querySelector('.tile__value')).not.toBeNull(), slow);
  return all;
}

describe('overdue figures', { timeout: 30_000 }, () => {
  it('are said in the header and on every tile, the connection being a separate signal', async () => {
    today(2026, 12, 4); // 11 days after W47 ended
    renderApp('/');
    const sentence = 'Figures overdue: latest week W47 2026, expected W49 2026';
    const header = screen.getByRole('banner');
    expect(await within(header).findByText(sentence, {}, slow)).toBeInTheDocument();
    for (const tile of await tiles()) expect(within(tile).getByText(sentence)).toBeInTheDocument();
    // The connection says how updating goes, not whether the figures are on time.
    await waitFor(() => expect(within(header).getByText(/^Updated /)).toBeInTheDocument(), slow);
  });

  it('are not called overdue within 8 days of the latest week’s end', async () => {
    today(2026, 11, 30, 23); // 8 days after W47 ended, less an hour
    renderApp('/');
    await tiles();
    expect(screen.queryByText(/overdue/i)).not.toBeInTheDocument();
  });

  it('wait as long as overdueAfterDays says', async () => {
    today(2026, 12, 4);
    renderApp('/', { overdueAfterDays: 14 });
    await tiles();
    expect(screen.queryByText(/overdue/i)).not.toBeInTheDocument();
  });

  it('are said in German, with German week numbers', async () => {
    today(2026, 12, 4);
    renderApp('/', { locale: 'de-DE' });
    const sentence = 'Zahlen überfällig: neueste Woche KW 47/2026, erwartet KW 49/2026';
    expect(
      await within(screen.getByRole('banner')).findByText(sentence, {}, slow),
    ).toBeInTheDocument();
    for (const tile of await tiles()) expect(within(tile).getByText(sentence)).toBeInTheDocument();
  });
});
