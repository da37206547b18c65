import { QueryClient } from '@tanstack/react-query';
import { catalogFixture, metricsFixture } from '@/test/fixtures';
import { createApiClient } from '../client';
import { metricsQueryOptions } from './metrics';

function setup(body: unknown = metricsFixture) {
  const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
    Response.json(body),
  );
  const api = createApiClient({ baseUrl: '/api', timeoutMs: 5_000, fetch });
  return { api, fetch, client: new QueryClient() };
}

describe('metricsQueryOptions', () => {
  it('sends the request at once: the catalog’s ranges are handed in, not awaited', async () => {
    const { api, fetch, client } = setup();
    const figures = client.fetchQuery(
      metricsQueryOptions(api, catalogFixture.metrics, { unit: 'all', metrics: ['loyalty-index'] }),
    );
    // Synchronously: nothing is looked up or waited for before the request goes out.
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]![0])).toContain(
      '/api/v1/metrics?unit=all&metric=loyalty-index',
    );
    await expect(figures).resolves.toMatchObject({ unit: metricsFixture.unit });
  });

  it('names the ranges it reads in its key: another range is another question', () => {
    const { api } = setup();
    const query = { unit: 'all', metrics: ['loyalty-index'] };
    const key = (metrics: typeof catalogFixture.metrics) =>
      JSON.stringify(metricsQueryOptions(api, metrics, query).queryKey);
    const widened = catalogFixture.metrics.map((m) =>
      m.id === 'loyalty-index' ? { ...m, max: m.max + 1 } : m,
    );
    const otherWidened = catalogFixture.metrics.map((m) =>
      m.id === 'loyalty-index' ? m : { ...m, max: m.max + 1 },
    );
    expect(key(widened)).not.toBe(key(catalogFixture.metrics));
    // A metric not asked for does not split the cache.
    expect(key(otherWidened)).toBe(key(catalogFixture.metrics));
  });
});
