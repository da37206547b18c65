import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError, TimeoutError } from '@/api/errors';
import { loadedLocale, loadLocale, translatorFor } from '@/i18n/registry';
import { endpointsFailed, readQueryHealth } from './query-health';

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
    expect(readQueryHealth(client)).toEqual({ lastSuccessAt: 0, failing: 0, notAnswering: 0 });
  });

  /** A view showing `key`, whose fetch runs `load`. */
  function show(client: QueryClient, key: unknown[], load: () => Promise<number>, retry = 0) {
    const observer = new QueryObserver(client, {
      queryKey: key,
      queryFn: load,
      retry,
      retryDelay: 60_000,
    });
    observer.subscribe(() => {});
  }

  it('counts failing endpoints, not queries: twelve metric queries of one endpoint are one source', async () => {
    const client = newClient();
    const down = (endpoint: string) => () =>
      Promise.reject(new HttpError(endpoint, 503, 'unavailable', 'maintenance'));
    for (const unit of ['a', 'b', 'c', 'd'])
      for (const family of ['loyalty', 'bonding', 'advocacy'])
        show(client, ['metrics', { unit, family }], down('GET /v1/metrics'));
    await new Promise((r) => setTimeout(r, 0));
    expect(readQueryHealth(client).failing).toBe(1);
    show(client, ['stages', { unit: 'a' }], down('GET /v1/stages'));
    show(client, ['stages', { unit: 'b' }], down('GET /v1/stages'));
    show(client, ['pillars', { unit: 'a' }], () => Promise.reject(new Error('not an API error')));
    show(client, ['catalog'], async () => 1);
    await new Promise((r) => setTimeout(r, 0));
    expect(readQueryHealth(client).failing).toBe(3);
  });

  it('says the API is not answering while a timed-out request is tried again, before it fails', async () => {
    const client = newClient();
    show(
      client,
      ['metrics', 'a'],
      () => Promise.reject(new TimeoutError('GET /v1/metrics', 3000)),
      3,
    );
    show(
      client,
      ['metrics', 'b'],
      () => Promise.reject(new TimeoutError('GET /v1/metrics', 3000)),
      3,
    );
    show(
      client,
      ['pillars'],
      () => Promise.reject(new HttpError('GET /v1/pillars', 503, 'x', 'y')),
      3,
    );
    await new Promise((r) => setTimeout(r, 0));
    // The first attempts have timed out; the retries wait a minute: not failed yet, not answering.
    expect(readQueryHealth(client)).toMatchObject({ failing: 0, notAnswering: 1 });
  });
});

describe('endpointsFailed', () => {
  it('names the endpoint of each result that failed with nothing to show', () => {
    const metricsDown = new HttpError('GET /v1/metrics', 500, 'x', 'y');
    expect(
      new Set([
        ...endpointsFailed('metrics', [
          { isError: true, data: undefined, error: metricsDown },
          { isError: true, data: undefined, error: metricsDown },
          { isError: true, data: 1, error: metricsDown },
        ]),
        ...endpointsFailed('stages', Array(60).fill({ isError: true, data: undefined })),
        ...endpointsFailed('pillars', [{ isError: false, data: 1 }]),
      ]),
    ).toEqual(new Set(['GET /v1/metrics', 'stages']));
  });
});

describe('the failing count in words', () => {
  beforeAll(async () => {
    await loadLocale('de-DE');
  });
  const t = (id: string) => translatorFor(loadedLocale(id)!);

  it('follows the plural rules of each locale', () => {
    expect(t('en-GB')('components.refresh.failing', { count: 1 })).toBe('1 source is failing');
    expect(t('en-GB')('components.refresh.failing', { count: 4 })).toBe('4 sources are failing');
    expect(t('de-DE')('components.refresh.failing', { count: 1 })).toBe('1 Quelle fällt aus');
    expect(t('de-DE')('components.refresh.failing', { count: 4 })).toBe('4 Quellen fallen aus');
    expect(t('en-GB')('components.whatChanged.failed', { count: 1 })).toBe(
      '1 source could not be loaded, so this summary may miss a movement.',
    );
    expect(t('en-GB')('components.whatChanged.failed', { count: 2 })).toBe(
      '2 sources could not be loaded, so this summary may miss a movement.',
    );
    expect(t('de-DE')('components.whatChanged.failed', { count: 1 })).toMatch(
      /^1 Quelle konnte nicht geladen werden/,
    );
    expect(t('de-DE')('components.whatChanged.failed', { count: 2 })).toMatch(
      /^2 Quellen konnten nicht geladen werden/,
    );
  });

  it('has no hand-made plural "(s)" in any catalog', async () => {
    for (const id of ['en-GB', 'en-US', 'de-DE']) {
      const { messages } = await loadLocale(id);
      expect(JSON.stringify(messages)).not.toMatch(/\w\(s\)|\(e\)n\b/);
    }
  });
});
