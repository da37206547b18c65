// The retry and backoff policy, driven with fake timers through a real QueryClient.
import { ContractError, HttpError, NetworkError, TimeoutError } from '@/api/errors';
import { createQueryClient, MAX_RETRIES, retryDelay, shouldRetry } from './query-client';

const http = (status: number, retryAfter: number | null = null) =>
  new HttpError('GET /v1/metrics', status, 'x', 'y', retryAfter);

describe('shouldRetry', () => {
  it('retries what may pass by itself: network, timeout, 5xx, 429', () => {
    for (const error of [
      new NetworkError('GET /v1/metrics', null),
      new TimeoutError('GET /v1/metrics', 15000),
      http(500),
      http(503),
      http(429),
    ]) {
      expect(shouldRetry(0, error)).toBe(true);
      expect(shouldRetry(MAX_RETRIES, error)).toBe(false);
    }
  });
  it('never retries other 4xx, contract violations or programming errors', () => {
    for (const error of [
      http(400),
      http(401),
      http(403),
      http(404),
      new ContractError('GET /v1/metrics', 'x', 'y'),
      new TypeError('bug'),
    ]) {
      expect(shouldRetry(0, error)).toBe(false);
    }
  });
});

describe('retryDelay', () => {
  it('grows exponentially with jitter between half and all of the step', () => {
    const random = vi.spyOn(Math, 'random');
    random.mockReturnValue(0);
    expect([0, 1, 2, 3].map((n) => retryDelay(n, http(500)))).toEqual([500, 1000, 2000, 4000]);
    random.mockReturnValue(0.999999);
    expect(retryDelay(1, http(500))).toBeCloseTo(2000, 0);
    expect(retryDelay(10, http(500))).toBeLessThanOrEqual(30_000);
  });
  it("honours the server's Retry-After", () => {
    expect(retryDelay(0, http(503, 7))).toBe(7000);
    expect(retryDelay(0, http(429, 1))).toBe(1000);
  });
});

describe('the policy in a query client', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
  });
  afterEach(() => vi.useRealTimers());

  it('recovers from two 503s by retrying after Retry-After, then succeeds', async () => {
    const client = createQueryClient(300);
    const calls: number[] = [];
    const start = Date.now();
    const fn = vi.fn(async () => {
      calls.push(Date.now() - start);
      if (calls.length <= 2) throw http(503, 2);
      return 'figures';
    });
    const result = client.fetchQuery({ queryKey: ['x'], queryFn: fn });
    await vi.advanceTimersByTimeAsync(4000);
    await expect(result).resolves.toBe('figures');
    expect(calls).toEqual([0, 2000, 4000]);
  });

  it('gives up after the last retry with the error, backing off 0.5, 1 and 2 s', async () => {
    const client = createQueryClient(300);
    const calls: number[] = [];
    const start = Date.now();
    const result = client
      .fetchQuery({
        queryKey: ['y'],
        queryFn: async () => {
          calls.push(Date.now() - start);
          throw new NetworkError('GET /v1/metrics', null);
        },
      })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await result).toBeInstanceOf(NetworkError);
    expect(calls).toEqual([0, 500, 1500, 3500]);
  });

  it('fails at once on a 404', async () => {
    const client = createQueryClient(300);
    const fn = vi.fn(async () => {
      throw http(404);
    });
    const result = client.fetchQuery({ queryKey: ['z'], queryFn: fn }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await result).toBeInstanceOf(HttpError);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
