import { QueryClient } from '@tanstack/react-query';
import { catalogFixture, metricsFixture } from '@/test/fixtures';
import { createApiClient, setApiClient } from '../client';
import { catalogQueryOptions } from './catalog';
import { metricsQueryOptions } from './metrics';

describe('metricsQueryOptions', () => {
  it('sends the request at once when the catalog is in the cache, not after the render', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      Response.json(metricsFixture),
    );
    setApiClient(createApiClient({ baseUrl: '/api', timeoutMs: 5_000, fetch }));
    const client = new QueryClient();
    client.setQueryData(catalogQueryOptions().queryKey, catalogFixture);
    const figures = client.fetchQuery(
      metricsQueryOptions({ unit: 'all', metrics: ['loyalty-index'] }),
    );
    // Synchronously: a render that asks for the figures has the request on its way when it ends.
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]![0])).toContain(
      '/api/v1/metrics?unit=all&metric=loyalty-index',
    );
    await expect(figures).resolves.toMatchObject({ unit: metricsFixture.unit });
  });
});
