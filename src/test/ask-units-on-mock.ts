// Every unit of the mock's catalog asked for through one query-options factory at once, on a running
// mock API: the paths the mock was asked for and each unit's settled result. For the batch reads'
// tests (GET /v1/unit-stages, GET /v1/unit-pillars) and their unit-by-unit fallbacks.
import { QueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { http } from 'msw';
import { createMockServerWithControl } from '@mocks/node';
import type { MockOptions } from '@mocks/options';
import { createApiClient, type ApiClient } from '@/api/client';
import { catalogQueryOptions } from '@/api/queries/catalog';
import type { Catalog } from '@/api/schemas';

export const TEST_API = 'http://api.test';

export async function askEveryUnitOnMock<T, K extends QueryKey>(
  options: MockOptions,
  units: readonly string[],
  /** A unit's query options, made from the client and the catalog the mock answered. */
  optionsFor: (unit: string, api: ApiClient, catalog: Catalog) => FetchQueryOptions<T, Error, T, K>,
  override?: Parameters<typeof http.get>,
): Promise<{ asked: string[]; results: PromiseSettledResult<unknown>[] }> {
  const mockApi = createMockServerWithControl(options);
  const asked: string[] = [];
  mockApi.server.events.on('request:start', ({ request }) => {
    asked.push(new URL(request.url).pathname);
  });
  mockApi.server.listen({ onUnhandledRequest: 'error' });
  if (override) mockApi.server.use(http.get(...override));
  try {
    const api = createApiClient({ baseUrl: TEST_API, timeoutMs: 5_000 });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const catalog = await client.fetchQuery(catalogQueryOptions(api));
    asked.length = 0;
    const results = await Promise.allSettled(
      units.map((unit) => client.fetchQuery(optionsFor(unit, api, catalog))),
    );
    return { asked, results };
  } finally {
    mockApi.server.close();
  }
}
