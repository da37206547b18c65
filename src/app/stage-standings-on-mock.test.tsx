// Where each unit stands on the stages view, against the mock API's handlers: the mock's history
// begins in Q2 2023, before the view's three-year window (from Q1 2024), so a unit that has held its
// stage all along is "at least Q2 2023", not the window's first quarter; the history before the
// window is asked for once, for the units whose run reaches back to it, and only for them.
import { screen, waitFor, within } from '@testing-library/react';
import { createMockServer } from '@mocks/node';
import { getMockData } from '@mocks/data/mock-data';
import { createQueryClient } from '@/lib/query/query-client';
import { renderApp } from '@/test/render-app';

const options = { asOf: '2026-11-20', latencyMs: 0 };
const server = createMockServer(options);
const mock = getMockData(options);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** Waits until a unit's "Since" cell in the standings reads `expected`. */
async function expectSince(unitName: string, expected: RegExp) {
  const standings = await screen.findByRole(
    'table',
    { name: /Stage of every unit now/ },
    { timeout: 5000 },
  );
  await waitFor(
    () => {
      const row = within(standings).getByRole('button', { name: unitName }).closest('tr')!;
      expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(expected);
    },
    { timeout: 5000 },
  );
}

describe('the stages view’s standings on the mock API', () => {
  it('gives the true "since", whatever window the view fetched', { timeout: 20_000 }, async () => {
    const asked: URL[] = [];
    const record = ({ request }: { request: Request }) => void asked.push(new URL(request.url));
    server.events.on('request:start', record);
    try {
      // The app's query client: figures stay fresh for a minute, as in the running app.
      renderApp('/stages', {}, { queryClient: createQueryClient(300) });
      const name = (id: string) => mock.catalog.units.find((u) => u.id === id)!.name;
      // In focus in every quarter the mock has (from Q2 2023): the window alone said Q1 2024.
      await expectSince(name('retail'), /^at least Q2 2023$/);
      // Promoted to focus in Q4 2025, inside the window: the quarter itself.
      await expectSince(name('online'), /^Q4 2025$/);
      // Demoted to sensitivity in Q2 2026.
      await expectSince(name('finance'), /^Q2 2026$/);
      expect(screen.getByText(/^“At least”: the assessments the API holds begin/)).toBeVisible();

      const stageRequests = asked.filter((u) => /\/v1\/(unit-)?stages$/.test(u.pathname));
      expect(stageRequests.map((u) => u.pathname)).toEqual(['/v1/unit-stages', '/v1/unit-stages']);
      const [window, earlier] = stageRequests.map((u) => Object.fromEntries(u.searchParams));
      expect(window).toMatchObject({ from: '2023-11-20', to: '2026-11-20' });
      // The earlier history: five years before Q1 2024, only for the units held since then.
      expect(earlier).toEqual({
        units: 'retail,business,care,nordics',
        from: '2019-01-01',
        to: '2023-12-31',
      });
    } finally {
      server.events.removeListener('request:start', record);
    }
  });
});
