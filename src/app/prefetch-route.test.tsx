// Render-as-you-fetch: a view whose code loads on demand has its first figures asked for as its
// route is entered, while the code is still on its way; once the view is shown it asks for none of
// them again (its queries are the ones its route asked for).
import { act, screen, waitFor } from '@testing-library/react';
import { createMockServer } from '@mocks/node';
import { createQueryClient } from '@/lib/query/query-client';
import { renderApp } from '@/test/render-app';

/** Each view's code arrives only when its test lets it. */
const chunks = vi.hoisted(() => {
  const gate = () => {
    let open!: () => void;
    const arrived = new Promise<void>((resolve) => (open = resolve));
    return { arrived, open };
  };
  return { stages: gate(), pillars: gate(), metrics: gate() };
});
// Nor is the views' code loaded ahead once the overview is quiet: the test says when it arrives.
vi.mock('@/lib/query/use-load-when-quiet', () => ({ useLoadWhenQuiet: () => undefined }));
vi.mock('@/features/stages/stages-page', async (actual) => {
  await chunks.stages.arrived;
  return actual();
});
vi.mock('@/features/pillars/pillars-page', async (actual) => {
  await chunks.pillars.arrived;
  return actual();
});
vi.mock('@/features/metrics/metrics-page', async (actual) => {
  await chunks.metrics.arrived;
  return actual();
});

const server = createMockServer({ asOf: '2026-11-20', latencyMs: 0 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** A request as the API saw it: path and query, without the host. */
const asked: string[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  asked.push(url.pathname + url.search);
};
beforeEach(() => {
  asked.length = 0;
  server.events.on('request:start', record);
});
afterEach(() => server.events.removeListener('request:start', record));

async function fromOverviewTo(path: string, loading: string) {
  // The app's query client: figures stay fresh for a minute, as in the running app.
  const { router } = renderApp('/', {}, { queryClient: createQueryClient(300) });
  await screen.findByRole('region', { name: 'What changed' }, { timeout: 5000 });
  const before = asked.length;
  await act(() => router.navigate(path));
  expect(await screen.findByText(`Loading ${loading}…`)).toBeInTheDocument();
  return () => asked.slice(before);
}

const cases = [
  {
    view: 'pillars' as const,
    path: '/pillars?unit=business',
    loading: 'pillar health',
    // The unit's pillars (a year and a quarter before the range too) and every unit's latest three
    // months, in one batch request on the mock.
    first: [/^\/v1\/(unit-)?pillars\?.*\bunits?=business\b/, /^\/v1\/unit-pillars\?units=[^&]*%2C/],
    shown: () => screen.findByText(/^Weakest in/, {}, { timeout: 5000 }),
  },
  {
    view: 'metrics' as const,
    path: '/metrics/loyalty?unit=retail',
    loading: 'the metric drill-down',
    first: [/^\/v1\/metrics\?unit=retail&metric=/, /^\/v1\/annotations\?unit=retail/],
    shown: () => screen.findByRole('heading', { name: 'Units compared' }, { timeout: 5000 }),
  },
  {
    view: 'stages' as const,
    path: '/stages?unit=retail',
    loading: 'stage progression',
    // Every unit's last three years of stages in one batch request, and the unit's pillars. (A
    // unit's earlier history is asked for once its window is in: not here.)
    first: [
      /^\/v1\/unit-stages\?units=[^&]*&from=2023-11-20&/,
      /^\/v1\/(unit-)?pillars\?.*\bunits?=retail\b/,
    ],
    shown: () => screen.findByRole('table', { name: /Stage of every unit now/ }, { timeout: 5000 }),
  },
];

describe('a view that loads on demand', () => {
  it.each(cases)(
    '$view: its first figures are asked for while its code is still loading, and not again',
    async ({ view, path, loading, first, shown }) => {
      const since = await fromOverviewTo(path, loading);
      await waitFor(() => {
        for (const request of first) expect(since()).toContainEqual(expect.stringMatching(request));
      });
      // Still loading: the figures did not wait for the code.
      expect(screen.getByText(`Loading ${loading}…`)).toBeInTheDocument();
      const beforeCode = since();

      await act(async () => chunks[view].open());
      await shown();
      // Every part of the view has its figures: whatever it asked for has been asked.
      await waitFor(
        () => expect(document.querySelector('.widget-state--loading')).not.toBeInTheDocument(),
        { timeout: 5000 },
      );
      // What the route asked for is what the view reads: the view asks for none of those figures
      // again (a period worked out differently would go out now).
      const afterCode = since().slice(beforeCode.length);
      expect(afterCode.filter((request) => first.some((p) => p.test(request)))).toEqual([]);
    },
    // A whole app and a view on the mock: slower than most unit tests on a busy machine.
    20_000,
  );
});
