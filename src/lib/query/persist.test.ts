import { QueryClient } from '@tanstack/react-query';
import { persistQueryCache, restoreQueryCache, type PersistOptions } from './persist';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const HOUR = 3_600_000;

describe('persisted query cache', () => {
  let storage: MemoryStorage;
  let now: number;
  const options = (): PersistOptions => ({
    key: 'cx:test',
    buster: 'v1',
    maxAgeMs: 24 * HOUR,
    storage,
    throttleMs: 10,
    now: () => now,
  });

  beforeEach(() => {
    storage = new MemoryStorage();
    now = Date.parse('2026-11-20T09:40:00Z');
    vi.useFakeTimers({ now });
  });
  afterEach(() => vi.useRealTimers());

  async function saveFigures(values: Record<string, number>): Promise<void> {
    const client = new QueryClient();
    const stop = persistQueryCache(client, options());
    for (const [key, value] of Object.entries(values)) {
      await client.fetchQuery({ queryKey: [key], queryFn: () => ({ value }) });
    }
    await vi.advanceTimersByTimeAsync(20);
    stop();
  }

  it('round-trips the last good figures into a new client, with their original time', async () => {
    await saveFigures({ catalog: 1, metrics: 2 });
    const fresh = new QueryClient();
    now += 2 * HOUR;
    expect(restoreQueryCache(fresh, options())).toMatchObject({ restored: true, queries: 2 });
    expect(fresh.getQueryData(['metrics'])).toEqual({ value: 2 });
    expect(fresh.getQueryState(['metrics'])?.dataUpdatedAt).toBe(
      Date.parse('2026-11-20T09:40:00Z'),
    );
  });

  it('saves figures that just arrived when the page is left, without waiting for the throttle', async () => {
    const client = new QueryClient();
    const stop = persistQueryCache(client, { ...options(), throttleMs: 60_000 });
    await client.fetchQuery({ queryKey: ['metrics'], queryFn: () => ({ value: 7 }) });
    expect(storage.length).toBe(0);
    window.dispatchEvent(new Event('pagehide'));
    stop();
    const fresh = new QueryClient();
    expect(restoreQueryCache(fresh, options())).toMatchObject({ restored: true, queries: 1 });
    expect(fresh.getQueryData(['metrics'])).toEqual({ value: 7 });
  });

  it('does not save failed queries', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const stop = persistQueryCache(client, options());
    await client.fetchQuery({ queryKey: ['good'], queryFn: () => 1 });
    await client
      .fetchQuery({ queryKey: ['bad'], queryFn: () => Promise.reject(new Error('down')) })
      .catch(() => {});
    await vi.advanceTimersByTimeAsync(20);
    stop();
    const fresh = new QueryClient();
    restoreQueryCache(fresh, options());
    expect(fresh.getQueryData(['good'])).toBe(1);
    expect(fresh.getQueryState(['bad'])).toBeUndefined();
  });

  it('discards figures older than the maximum age', async () => {
    await saveFigures({ catalog: 1 });
    now += 25 * HOUR;
    expect(restoreQueryCache(new QueryClient(), options())).toEqual({
      restored: false,
      reason: 'expired',
    });
    expect(storage.getItem('cx:test')).toBeNull();
  });

  it('discards figures saved by another version', async () => {
    await saveFigures({ catalog: 1 });
    expect(restoreQueryCache(new QueryClient(), { ...options(), buster: 'v2' })).toEqual({
      restored: false,
      reason: 'buster',
    });
  });

  it('survives unreadable storage and a full one', async () => {
    storage.setItem('cx:test', '{not json');
    expect(restoreQueryCache(new QueryClient(), options())).toEqual({
      restored: false,
      reason: 'unreadable',
    });
    // Room for about two of the four queries.
    storage.quota = 1000;
    await saveFigures({ a: 1, b: 2, c: 3, d: 4 });
    const fresh = new QueryClient();
    const result = restoreQueryCache(fresh, options());
    expect(result.restored).toBe(true);
    expect(result.restored && result.queries).toBeLessThan(4);
  });

  it('works without storage at all', () => {
    expect(restoreQueryCache(new QueryClient(), { ...options(), storage: null })).toEqual({
      restored: false,
      reason: 'no-storage',
    });
  });
});
