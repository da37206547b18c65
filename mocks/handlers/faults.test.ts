// @vitest-environment node
import { getResponse, RequestHandler } from 'msw';
import {
  annotationsResponseSchema,
  catalogSchema,
  endpoints,
  errorBodySchema,
  metricsResponseSchema,
  pillarsResponseSchema,
  stagesResponseSchema,
  type EndpointName,
} from '@/api/schemas';
import { metricIds, pillarIds } from '../data/definitions';
import { createMockServer, createMockServerWithControl } from '../node';
import { createHandlers } from '.';
import { slowMs } from './faults';

const api = 'http://api.test/v1';
const mock = createMockServerWithControl({ asOf: '2026-11-20' });
const endpointNames = Object.keys(endpoints) as EndpointName[];

beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.setScenario('none'));
afterAll(() => mock.server.close());

function get(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${api}${path}`, init);
}

async function json(path: string): Promise<unknown> {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return response.json();
}

/** The body with the scenario played, and the healthy one, for the same request. */
async function faultyAndHealthy(scenario: string, path: string): Promise<[unknown, unknown]> {
  mock.setScenario(scenario);
  const faulty = await json(path);
  mock.setScenario('none');
  return [faulty, await json(path)];
}

describe('error faults', () => {
  it.each([
    ['500', 500, 'internal', null],
    ['503', 503, 'unavailable', '2'],
    ['429', 429, 'rate-limited', '1'],
    ['401', 401, 'unauthorized', null],
    ['403', 403, 'forbidden', null],
  ])(
    '%s answers %i with the error body %s and Retry-After %s',
    async (fault, status, code, retry) => {
      mock.setScenario(`metrics:${fault}`);
      const response = await get('/metrics');
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(response.headers.get('retry-after')).toBe(retry);
      const body = errorBodySchema.parse(await response.json());
      expect(body.error.code).toBe(code);
      expect(body.error.message).not.toBe('');
    },
  );

  it('says why a 401 happened', async () => {
    mock.setScenario('401');
    const body = errorBodySchema.parse(await (await get('/catalog')).json());
    expect(body.error.message).toMatch(/token missing or expired/);
  });

  it('fails the request itself on network', async () => {
    mock.setScenario('pillars:network');
    await expect(get('/pillars')).rejects.toThrow(TypeError);
    expect((await get('/stages')).status).toBe(200);
  });

  it('keeps every other endpoint healthy under an endpoint-specific rule', async () => {
    mock.setScenario('metrics:500');
    expect((await get('/metrics')).status).toBe(500);
    catalogSchema.parse(await json('/catalog'));
    pillarsResponseSchema.parse(await json('/pillars'));
    stagesResponseSchema.parse(await json('/stages'));
    annotationsResponseSchema.parse(await json('/annotations'));
  });
});

describe('timing faults', () => {
  it('never answers on hang', async () => {
    mock.setScenario('catalog:hang');
    const before = mock.requestCount('catalog');
    await expect(get('/catalog', { signal: AbortSignal.timeout(50) })).rejects.toThrow(
      /abort|timeout/i,
    );
    expect(mock.requestCount('catalog')).toBe(before + 1);
  });

  it('answers correctly on slow, but only after 4 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      mock.setScenario('stages:slow');
      let answered = false;
      const pending = get('/stages').then((response) => {
        answered = true;
        return response;
      });
      await vi.advanceTimersByTimeAsync(slowMs - 10);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(10);
      const response = await pending;
      expect(response.status).toBe(200);
      stagesResponseSchema.parse(await response.json());
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('body faults', () => {
  it('sends a body that is not JSON on malformed-json, as 200 application/json', async () => {
    mock.setScenario('malformed-json');
    for (const name of endpointNames) {
      // The batch reads need their units named; every other endpoint has defaults.
      const query = name === 'unitStages' || name === 'unitPillars' ? '?units=all' : '';
      const response = await get(endpoints[name].path.replace('/v1', '') + query);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      const text = await response.text();
      expect(text.startsWith('{"')).toBe(true);
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
    }
  });

  it('gives one field the wrong type on wrong-type', async () => {
    mock.setScenario('wrong-type');
    const metrics = (await json('/metrics')) as { series: { points: { value: unknown }[] }[] };
    const latest = metrics.series[0]?.points.at(-1)?.value;
    expect(typeof latest).toBe('string');
    expect(Number(latest)).not.toBeNaN();
    expect(metricsResponseSchema.safeParse(metrics).error?.issues.map((i) => i.path)).toEqual([
      ['series', 0, 'points', 51, 'value'],
    ]);

    const catalog = (await json('/catalog')) as { dataAsOf: unknown };
    expect(catalog.dataAsOf).toBe(Date.parse('2026-11-20T06:00:00Z'));
    const issuePaths = async (path: string, schema: { safeParse(body: unknown): unknown }) =>
      (
        schema.safeParse(await json(path)) as { error?: { issues: { path: unknown[] }[] } }
      ).error?.issues.map((i) => i.path.join('.'));
    expect(await issuePaths('/pillars', pillarsResponseSchema)).toEqual([
      'series.0.points.11.score',
    ]);
    expect(await issuePaths('/stages', stagesResponseSchema)).toEqual(['points.3.score']);
    expect(await issuePaths('/annotations', annotationsResponseSchema)).toEqual([
      'annotations.0.date',
    ]);
  });

  it('puts two recent metric values far outside the range on out-of-range, the rest valid', async () => {
    const [faulty, healthy] = await faultyAndHealthy('out-of-range', '/metrics');
    const body = metricsResponseSchema.parse(faulty);
    const catalog = catalogSchema.parse(await json('/catalog'));
    const first = body.series[0]!;
    const { min, max } = catalog.metrics.find((m) => m.id === first.metric)!;
    const outside = body.series
      .flatMap((s) => s.points)
      .filter((p) => p.value !== null && (p.value < min || p.value > max));
    expect(outside.map((p) => p.value)).toEqual([-400, 400]);
    expect(outside.map((p) => p.period)).toEqual(['2026-11-09', '2026-11-16']);
    // Everything else as healthy.
    const unchanged = (b: typeof body) => ({ ...b, series: b.series.slice(1) });
    expect(unchanged(body)).toEqual(unchanged(metricsResponseSchema.parse(healthy)));
  });

  it('gives one recent pillar score of 180 on out-of-range', async () => {
    mock.setScenario('pillars:out-of-range');
    const body = pillarsResponseSchema.parse(await json('/pillars'));
    const scores = body.series.flatMap((s) => s.points.map((p) => p.score));
    expect(scores.filter((score) => score !== null && (score < 0 || score > 100))).toEqual([180]);
    expect(body.series[0]?.points.at(-1)?.score).toBe(180);
  });

  it('writes 1e999 into the text on non-finite, which JSON.parse makes Infinity', async () => {
    mock.setScenario('metrics:non-finite');
    const response = await get('/metrics?metric=nps');
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(text).toContain('"value":1e999');
    const body = JSON.parse(text) as { series: { points: { value: number | null }[] }[] };
    const values = body.series[0]?.points.map((p) => p.value) ?? [];
    expect(values.at(-1)).toBe(Infinity);
    expect(values.slice(0, -1).every((v) => v === null || Number.isFinite(v))).toBe(true);
  });

  it('leaves out the first requested series on missing-series', async () => {
    mock.setScenario('missing-series');
    const asked = metricsResponseSchema.parse(await json('/metrics?metric=nps,loyalty-index'));
    expect(asked.series.map((s) => s.metric)).toEqual(['loyalty-index']);
    const every = metricsResponseSchema.parse(await json('/metrics'));
    expect(every.series.map((s) => s.metric)).toEqual(metricIds.slice(1));
    const pillars = pillarsResponseSchema.parse(await json('/pillars'));
    expect(pillars.series.map((s) => s.pillar)).toEqual(pillarIds.slice(1));
  });

  it('names a stage the catalog lacks on unknown-stage', async () => {
    mock.setScenario('unknown-stage');
    const stages = stagesResponseSchema.parse(await json('/stages'));
    expect(stages.points.map((p) => p.stage).at(-1)).toBe('transcendence');
    const catalog = catalogSchema.parse(await json('/catalog'));
    expect(catalog.stages.map((s) => s.id)).not.toContain('transcendence');
    expect(
      stages.points.slice(0, -1).every((p) => catalog.stages.some((s) => s.id === p.stage)),
    ).toBe(true);
  });

  it('answers no points on empty, and the catalog as usual', async () => {
    mock.setScenario('empty');
    const metrics = metricsResponseSchema.parse(await json('/metrics'));
    expect(metrics.series).toHaveLength(metricIds.length);
    expect(metrics.series.every((s) => s.points.length === 0)).toBe(true);
    const pillars = pillarsResponseSchema.parse(await json('/pillars'));
    expect(pillars.series.every((s) => s.points.length === 0)).toBe(true);
    expect(stagesResponseSchema.parse(await json('/stages')).points).toEqual([]);
    expect(annotationsResponseSchema.parse(await json('/annotations')).annotations).toEqual([]);
    expect(catalogSchema.parse(await json('/catalog')).metrics).toHaveLength(metricIds.length);
  });

  it('blanks the three latest weeks of every series on gaps', async () => {
    mock.setScenario('gaps');
    const body = metricsResponseSchema.parse(await json('/metrics'));
    for (const series of body.series) {
      expect(series.points).toHaveLength(52);
      const [before, ...gaps] = series.points.slice(-4);
      expect(gaps).toEqual([
        { period: '2026-11-02', value: null, n: 0 },
        { period: '2026-11-09', value: null, n: 0 },
        { period: '2026-11-16', value: null, n: 0 },
      ]);
      expect(before?.period).toBe('2026-10-26');
    }
    expect(body.series.some((s) => s.points.at(-4)?.value !== null)).toBe(true);
  });

  it('leaves an endpoint healthy where the fault means nothing for it', async () => {
    for (const [scenario, path] of [
      ['unknown-stage', '/metrics'],
      ['gaps', '/pillars'],
      ['non-finite', '/stages'],
      ['missing-series', '/annotations'],
      ['out-of-range', '/catalog'],
      ['empty', '/catalog'],
    ]) {
      const [faulty, healthy] = await faultyAndHealthy(scenario!, path!);
      expect(faulty, `${scenario} on ${path}`).toEqual(healthy);
    }
  });

  it('keeps a bad query 400 under a body fault', async () => {
    mock.setScenario('gaps');
    const response = await get('/metrics?from=someday');
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('bad-query');
  });
});

describe('schedules over HTTP', () => {
  async function statuses(path: string, requests: number): Promise<number[]> {
    const seen: number[] = [];
    for (let i = 0; i < requests; i++) seen.push((await get(path)).status);
    return seen;
  }

  it('plays @2+3, then stays healthy', async () => {
    mock.setScenario('metrics:503@2+3');
    expect(await statuses('/metrics?metric=nps', 7)).toEqual([200, 200, 503, 503, 503, 200, 200]);
  });

  it('flaps with @flap:2', async () => {
    mock.setScenario('all:500@flap:2');
    expect(await statuses('/catalog', 8)).toEqual([200, 200, 500, 500, 200, 200, 500, 500]);
  });
});

describe('run-time control', () => {
  it('switches scenarios at run time, and recovers on none', async () => {
    expect((await get('/pillars')).status).toBe(200);
    mock.setScenario('pillars:503');
    expect((await get('/pillars')).status).toBe(503);
    mock.setScenario('pillars:429');
    expect((await get('/pillars')).status).toBe(429);
    mock.setScenario('none');
    expect((await get('/pillars')).status).toBe(200);
  });

  it('counts schedules afresh on every setScenario', async () => {
    mock.setScenario('stages:500@1+1');
    expect([(await get('/stages')).status, (await get('/stages')).status]).toEqual([200, 500]);
    mock.setScenario('stages:500@1+1');
    expect([(await get('/stages')).status, (await get('/stages')).status]).toEqual([200, 500]);
  });

  it('rejects a bad scenario and keeps playing the one before', async () => {
    mock.setScenario('annotations:403');
    expect(() => mock.setScenario('annotations:418')).toThrow(
      'scenario: unknown fault "418" in "annotations:418"',
    );
    expect((await get('/annotations')).status).toBe(403);
  });

  it('counts the requests received, per endpoint and in all', async () => {
    const total = mock.requestCount();
    const metrics = mock.requestCount('metrics');
    mock.setScenario('metrics:500');
    await get('/metrics');
    await get('/metrics?from=someday');
    await get('/catalog');
    expect(mock.requestCount('metrics')).toBe(metrics + 2);
    expect(mock.requestCount()).toBe(total + 3);
  });
});

describe('scenario option', () => {
  it('plays the scenario of the options from the first request', async () => {
    const server = createMockServer({ asOf: '2026-11-20', scenario: 'catalog:401' });
    // Asked directly: a second server listening beside the shared one would fight it for fetch.
    const handlers = server.listHandlers().filter((h) => h instanceof RequestHandler);
    expect((await getResponse(handlers, new Request(`${api}/catalog`)))?.status).toBe(401);
    expect((await getResponse(handlers, new Request(`${api}/stages`)))?.status).toBe(200);
  });

  it('fails start-up on a bad scenario, with the message of the parser', () => {
    expect(() => createHandlers({ scenario: 'all:500@soon' })).toThrow(
      'scenario: bad schedule "@soon" in "all:500@soon"',
    );
    expect(() => createMockServer({ scenario: 'catalogue:500' })).toThrow(
      /^scenario: unknown endpoint "catalogue"/,
    );
  });
});
