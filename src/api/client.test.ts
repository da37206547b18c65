// @vitest-environment node
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createApiClient, endpointUrl } from './client';
import { catalogFixture } from '@/test/fixtures';
import { ContractError, HttpError, NetworkError, TimeoutError } from './errors';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base = 'http://api.test/cx';
const client = createApiClient({ baseUrl: base, timeoutMs: 200, getToken: () => 'tok-123' });

const goodMetrics = {
  unit: 'retail',
  grain: 'week',
  series: [
    {
      metric: 'loyalty-index',
      points: [{ period: '2026-11-16', value: 31.4, n: 412, ciLow: 27.9, ciHigh: 34.9 }],
    },
  ],
};

describe('endpointUrl', () => {
  it('joins base URL, path and query, with or without a trailing slash', () => {
    expect(
      endpointUrl('http://api.test/cx/', '/v1/metrics', { unit: 'retail', from: undefined }).href,
    ).toBe('http://api.test/cx/v1/metrics?unit=retail');
    expect(endpointUrl('http://api.test', '/v1/catalog').href).toBe('http://api.test/v1/catalog');
  });
});

describe('createApiClient', () => {
  it('sends the bearer token and the query, and returns the parsed body', async () => {
    let seen: { auth: string | null; unit: string | null } | undefined;
    server.use(
      http.get(`${base}/v1/metrics`, ({ request }) => {
        seen = {
          auth: request.headers.get('Authorization'),
          unit: new URL(request.url).searchParams.get('unit'),
        };
        return HttpResponse.json(goodMetrics);
      }),
    );
    const data = await client.get('metrics', { unit: 'retail' });
    expect(seen).toEqual({ auth: 'Bearer tok-123', unit: 'retail' });
    expect(data.series[0]?.points[0]?.value).toBe(31.4);
  });

  it('names the endpoint and the first offending path when a response breaks the contract', async () => {
    const bad = structuredClone(goodMetrics) as { series: { points: Record<string, unknown>[] }[] };
    bad.series[0]!.points = [0, 1, 2, 3].map((i) => ({
      period: '2026-11-16',
      value: i === 3 ? '31.4' : 30,
      n: 400,
    }));
    server.use(http.get(`${base}/v1/metrics`, () => HttpResponse.json(bad)));
    const error = await client.get('metrics').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as Error).message).toBe(
      'GET /v1/metrics: series[0].points[3].value: expected number, received string',
    );
  });

  it('reports a body that is not JSON as a contract violation', async () => {
    server.use(
      http.get(
        `${base}/v1/catalog`,
        () => new HttpResponse('<html>oops</html>', { headers: { 'Content-Type': 'text/html' } }),
      ),
    );
    const error = await client.get('catalog').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).path).toBe('(body)');
  });

  it('turns an error status into an HttpError with the contract error body and Retry-After', async () => {
    server.use(
      http.get(`${base}/v1/stages`, () =>
        HttpResponse.json(
          { error: { code: 'unavailable', message: 'maintenance' } },
          { status: 503, headers: { 'Retry-After': '30' } },
        ),
      ),
    );
    const error = (await client.get('stages').catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(503);
    expect(error.code).toBe('unavailable');
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.transient).toBe(true);
    expect(error.message).toBe('GET /v1/stages: HTTP 503 unavailable: maintenance');
  });

  it('keeps a 404 without a JSON body readable and not transient', async () => {
    server.use(
      http.get(
        `${base}/v1/pillars`,
        () => new HttpResponse('not here', { status: 404, statusText: 'Not Found' }),
      ),
    );
    const error = (await client.get('pillars').catch((e: unknown) => e)) as HttpError;
    expect(error.code).toBe('http-404');
    expect(error.transient).toBe(false);
  });

  it('gives up after the timeout with a TimeoutError', async () => {
    server.use(
      http.get(`${base}/v1/catalog`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const error = await client.get('catalog').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('GET /v1/catalog: no answer within 0.2 s');
  });

  it('reports a network failure as a NetworkError', async () => {
    server.use(http.get(`${base}/v1/annotations`, () => HttpResponse.error()));
    await expect(client.get('annotations')).rejects.toBeInstanceOf(NetworkError);
  });

  it('passes a caller cancellation through instead of reporting it as a failure', async () => {
    server.use(
      http.get(`${base}/v1/catalog`, async () => {
        await delay(100);
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = client
      .get('catalog', {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('remembers since when a request has been failing, across failures, until it succeeds', async () => {
    const fresh = createApiClient({ baseUrl: base, timeoutMs: 200 });
    let up = false;
    server.use(
      http.get(`${base}/v1/catalog`, () =>
        up
          ? HttpResponse.json(catalogFixture)
          : HttpResponse.json({ error: { code: 'x', message: 'down' } }, { status: 503 }),
      ),
    );
    const at = (time: string) => vi.setSystemTime(Date.parse(`2026-11-20T${time}:00Z`));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      at('09:52');
      const first = (await fresh.get('catalog').catch((e: unknown) => e)) as HttpError;
      at('09:57');
      const second = (await fresh.get('catalog').catch((e: unknown) => e)) as HttpError;
      expect(first.failingSince).toBe(Date.parse('2026-11-20T09:52:00Z'));
      expect(second.failingSince).toBe(Date.parse('2026-11-20T09:52:00Z'));
      up = true;
      await fresh.get('catalog');
      up = false;
      at('10:30');
      const later = (await fresh.get('catalog').catch((e: unknown) => e)) as HttpError;
      expect(later.failingSince).toBe(Date.parse('2026-11-20T10:30:00Z'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets the caller drop unplottable points before validation and reports them', async () => {
    const body = structuredClone(goodMetrics);
    body.series[0]!.points.push({
      period: '2026-11-23',
      value: 999,
      n: 400,
      ciLow: 990,
      ciHigh: 1000,
    });
    server.use(http.get(`${base}/v1/metrics`, () => HttpResponse.json(body)));
    const data = await client.get(
      'metrics',
      {},
      {
        sanitise: (raw) => {
          const points = (raw as typeof body).series[0]!.points;
          (raw as typeof body).series[0]!.points = points.filter((p) => (p.value ?? 0) <= 100);
          return [
            {
              series: 'loyalty-index',
              period: '2026-11-23',
              problem: 'value 999 is outside −100…100',
            },
          ];
        },
      },
    );
    expect(data.series[0]!.points).toHaveLength(1);
    expect(data.dataQuality).toEqual([
      { series: 'loyalty-index', period: '2026-11-23', problem: 'value 999 is outside −100…100' },
    ]);
  });
});
