import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { readQueryHealth } from './query-health';

const clients: QueryClient[] = [];
function newClient() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  clients.push(client);
  return client;
}
afterEach(() => clients.splice(0).forEach((c) => c.clear()));

async function fail(client: QueryClient, key: string) {
  await client.prefetchQuery({
    queryKey: [key],
    queryFn: () => Promise.reject(new Error('down')),
  });
}

describe('readQueryHealth', () => {
  it('counts a failing source while a view shows it, and not once no view does', async () => {
    const client = newClient();
    client.setQueryData(['metrics'], 1, { updatedAt: 1_000 });
    await fail(client, 'pillars');
    // A view showing the failed figures, which does not ask again as it appears.
    const observer = new QueryObserver(client, {
      queryKey: ['pillars'],
      queryFn: () => 1,
      retryOnMount: false,
    });
    const unsubscribe = observer.subscribe(() => {});
    expect(readQueryHealth(client, 'all').failing).toBe(1);
    unsubscribe();
    expect(readQueryHealth(client, 'all').failing).toBe(0);
  });

  it('takes the latest update of the queries on screen, or of every kept query for the wall', () => {
    const client = newClient();
    client.setQueryData(['metrics'], 1, { updatedAt: 1_000 });
    client.setQueryData(['pillars'], 1, { updatedAt: 5_000 });
    const observer = new QueryObserver(client, { queryKey: ['metrics'], staleTime: Infinity });
    const unsubscribe = observer.subscribe(() => {});
    expect(readQueryHealth(client).lastSuccessAt).toBe(1_000);
    expect(readQueryHealth(client, 'all').lastSuccessAt).toBe(5_000);
    unsubscribe();
    expect(readQueryHealth(client)).toEqual({ lastSuccessAt: 0, failing: 0 });
  });
});
