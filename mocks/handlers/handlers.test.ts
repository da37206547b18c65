// @vitest-environment node
import type { z } from 'zod/mini';
import {
  annotationsResponseSchema,
  catalogSchema,
  errorBodySchema,
  metricsResponseSchema,
  pillarsResponseSchema,
  stagesResponseSchema,
  unitPillarsResponseSchema,
  unitStagesResponseSchema,
} from '@/api/schemas';
import { metricIds, pillarIds } from '../data/definitions';
import { createMockServer, server } from '../node';

const api = 'http://api.test/v1';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function get<T extends z.ZodMiniType>(path: string, schema: T): Promise<z.infer<T>> {
  const response = await fetch(`${api}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return schema.parse(await response.json());
}

async function getError(
  path: string,
): Promise<{ status: number; body: z.infer<typeof errorBodySchema> }> {
  const response = await fetch(`${api}${path}`);
  return { status: response.status, body: errorBodySchema.parse(await response.json()) };
}

describe('every answer', () => {
  it('says its length in bytes of UTF-8, also for text beyond ASCII', async () => {
    for (const path of ['/catalog', '/stages?unit=retail', '/metrics?unit=nowhere']) {
      const response = await fetch(`${api}${path}`);
      const body = new Uint8Array(await response.arrayBuffer());
      expect(response.headers.get('content-length')).toBe(String(body.byteLength));
      if (path === '/catalog') {
        // The metric descriptions say "−100 to +100" and "9–10": more bytes than characters.
        expect(body.byteLength).toBeGreaterThan(new TextDecoder().decode(body).length);
      }
    }
  });
});

describe('GET /v1/catalog', () => {
  it('answers the catalog on any base URL', async () => {
    const catalog = await get('/catalog', catalogSchema);
    expect(catalog.dataAsOf).toBe('2026-11-20T06:00:00Z');
    const elsewhere = await fetch('https://intranet.example/cx/api/v1/catalog');
    expect(catalogSchema.parse(await elsewhere.json())).toEqual(catalog);
  });
});

describe('GET /v1/metrics', () => {
  it('defaults to the whole organisation, every metric, the 52 weeks up to the latest data', async () => {
    const body = await get('/metrics', metricsResponseSchema);
    expect(body.unit).toBe('all');
    expect(body.grain).toBe('week');
    expect(body.series.map((s) => s.metric)).toEqual([...metricIds]);
    for (const series of body.series) {
      expect(series.points).toHaveLength(52);
      expect(series.points[0]?.period).toBe('2025-11-24');
      expect(series.points.at(-1)?.period).toBe('2026-11-16');
    }
  });

  it('honours unit, from and to (inclusive) and the metrics asked, in their order', async () => {
    const body = await get(
      '/metrics?unit=retail&from=2026-01-05&to=2026-03-30&metric=nps,loyalty-index',
      metricsResponseSchema,
    );
    expect(body.unit).toBe('retail');
    expect(body.series.map((s) => s.metric)).toEqual(['nps', 'loyalty-index']);
    const periods = body.series[0]?.points.map((p) => p.period) ?? [];
    expect(periods[0]).toBe('2026-01-05');
    expect(periods.at(-1)).toBe('2026-03-30');
    expect(periods).toHaveLength(13);
  });

  it('includes a week when its Monday lies between from and to', async () => {
    const body = await get(
      '/metrics?unit=care&from=2026-01-06&to=2026-01-12&metric=nps',
      metricsResponseSchema,
    );
    expect(body.series[0]?.points.map((p) => p.period)).toEqual(['2026-01-12']);
  });

  it('reaches back years when asked', async () => {
    const body = await get('/metrics?from=2020-01-01&metric=retention-rate', metricsResponseSchema);
    expect(body.series[0]?.points.length).toBeGreaterThanOrEqual(156);
  });

  it('serves a gap as null with n 0 and no interval', async () => {
    const body = await get('/metrics?unit=care&from=2024-01-01&metric=nps', metricsResponseSchema);
    const gaps = body.series[0]?.points.filter((p) => p.value === null) ?? [];
    expect(gaps).toHaveLength(2);
    expect(gaps[0]).toEqual({ period: gaps[0]?.period, value: null, n: 0 });
  });
});

describe('GET /v1/pillars', () => {
  it('defaults to the months starting in the 52 weeks up to the latest data', async () => {
    const body = await get('/pillars', pillarsResponseSchema);
    expect(body).toMatchObject({ unit: 'all', grain: 'month' });
    expect(body.series.map((s) => s.pillar)).toEqual([...pillarIds]);
    const periods = body.series[0]?.points.map((p) => p.period);
    expect(periods?.[0]).toBe('2025-12-01');
    expect(periods?.at(-1)).toBe('2026-11-01');
    expect(periods).toHaveLength(12);
  });

  it('honours unit, from and to', async () => {
    const body = await get(
      '/pillars?unit=nordics&from=2026-01-01&to=2026-03-01',
      pillarsResponseSchema,
    );
    expect(body.unit).toBe('nordics');
    expect(body.series[0]?.points.map((p) => p.period)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
  });
});

describe('GET /v1/stages', () => {
  it('defaults to the quarters starting in the 52 weeks up to the latest data', async () => {
    const body = await get('/stages', stagesResponseSchema);
    expect(body).toMatchObject({ unit: 'all', grain: 'quarter' });
    expect(body.points.map((p) => p.period)).toEqual([
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);
  });

  it('explains what blocks a unit', async () => {
    const body = await get('/stages?unit=business&from=2026-10-01', stagesResponseSchema);
    expect(body.points).toHaveLength(1);
    expect(body.points[0]).toMatchObject({ stage: 'sensitivity', gatesFailed: ['measurement'] });
    expect(body.points[0]?.note).toMatch(/^Focus blocked: measurement/);
  });
});

describe('GET /v1/unit-stages (optional)', () => {
  it('is named in the catalog, and answers each unit asked, in order, as GET /v1/stages does', async () => {
    expect((await get('/catalog', catalogSchema)).features).toEqual([
      'unit-stages',
      'unit-pillars',
    ]);
    const window = 'from=2025-01-01&to=2026-06-30';
    const body = await get(
      `/unit-stages?units=retail,all,online&${window}`,
      unitStagesResponseSchema,
    );
    expect(body.units.map((u) => u.unit)).toEqual(['retail', 'all', 'online']);
    for (const { unit, points } of body.units) {
      const one = await get(`/stages?unit=${unit}&${window}`, stagesResponseSchema);
      expect(points).toEqual(one.points);
    }
  });

  it('answers 400 without units and 404 for an unknown one, naming it', async () => {
    expect(await getError('/unit-stages')).toMatchObject({
      status: 400,
      body: { error: { code: 'bad-query', message: expect.stringContaining('units:') } },
    });
    expect(await getError('/unit-stages?units=retail,nowhere')).toMatchObject({
      status: 404,
      body: { error: { message: 'units: unknown unit "nowhere"' } },
    });
  });

  it('is neither named nor answered by a mock offering no optional endpoint', async () => {
    server.close();
    const core = createMockServer({ asOf: '2026-11-20', features: [] });
    core.listen({ onUnhandledRequest: 'error' });
    try {
      expect((await get('/catalog', catalogSchema)).features).toBeUndefined();
      expect((await getError('/unit-stages?units=retail')).status).toBe(404);
    } finally {
      core.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

describe('GET /v1/unit-pillars (optional)', () => {
  it('answers each unit asked, in order, as GET /v1/pillars does', async () => {
    const window = 'from=2026-01-01&to=2026-06-30';
    const body = await get(
      `/unit-pillars?units=online,all,retail&${window}`,
      unitPillarsResponseSchema,
    );
    expect(body.units.map((u) => u.unit)).toEqual(['online', 'all', 'retail']);
    for (const { unit, series } of body.units) {
      const one = await get(`/pillars?unit=${unit}&${window}`, pillarsResponseSchema);
      expect(series).toEqual(one.series);
    }
  });

  it('is not answered by a mock that does not offer it', async () => {
    server.close();
    const stagesOnly = createMockServer({ asOf: '2026-11-20', features: ['unit-stages'] });
    stagesOnly.listen({ onUnhandledRequest: 'error' });
    try {
      expect((await get('/catalog', catalogSchema)).features).toEqual(['unit-stages']);
      expect((await getError('/unit-pillars?units=retail')).status).toBe(404);
    } finally {
      stagesOnly.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

describe('GET /v1/annotations', () => {
  it('gives a unit its own and the organisation-wide annotations', async () => {
    const body = await get('/annotations?unit=finance&from=2020-01-01', annotationsResponseSchema);
    expect(body.annotations.length).toBeGreaterThan(0);
    expect(body.annotations.every((a) => a.unit === 'finance' || a.unit === null)).toBe(true);
    expect(body.annotations.map((a) => a.title)).toContain('Billing system outage');
  });

  it('gives the whole organisation every annotation, within from and to', async () => {
    const everything = await get('/annotations?from=2020-01-01', annotationsResponseSchema);
    expect(everything.annotations.length).toBeGreaterThanOrEqual(6);
    const recent = await get('/annotations', annotationsResponseSchema);
    expect(recent.annotations.length).toBeLessThan(everything.annotations.length);
    expect(recent.annotations.every((a) => a.date >= '2025-11-24' && a.date <= '2026-11-16')).toBe(
      true,
    );
  });
});

describe('errors', () => {
  it('answers 400 bad-query for a malformed date, naming the parameter and the value', async () => {
    expect(await getError('/metrics?from=2026-13-01')).toEqual({
      status: 400,
      body: {
        error: {
          code: 'bad-query',
          message: 'from: expected a date YYYY-MM-DD, received "2026-13-01"',
        },
      },
    });
    const to = await getError('/pillars?to=next-week');
    expect(to.status).toBe(400);
    expect(to.body.error.message).toBe('to: expected a date YYYY-MM-DD, received "next-week"');
  });

  it('answers 400 when from is after to', async () => {
    const { status, body } = await getError('/stages?from=2026-05-01&to=2026-04-01');
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad-query');
    expect(body.error.message).toMatch(/^from: /);
  });

  it('answers 400 for an empty metric list', async () => {
    const { status, body } = await getError('/metrics?metric=');
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad-query');
  });

  it('answers 404 for an unknown unit on every unit endpoint, naming it', async () => {
    for (const endpoint of ['metrics', 'pillars', 'stages', 'annotations']) {
      const { status, body } = await getError(`/${endpoint}?unit=atlantis`);
      expect(status).toBe(404);
      expect(body.error.code).toBe('not-found');
      expect(body.error.message).toContain('"atlantis"');
    }
  });

  it('answers 404 for an unknown metric, naming it', async () => {
    const { status, body } = await getError('/metrics?metric=nps,happiness');
    expect(status).toBe(404);
    expect(body.error.message).toBe('metric: unknown metric "happiness"');
  });

  it('ignores unknown parameters', async () => {
    const body = await get('/stages?unit=retail&colour=blue', stagesResponseSchema);
    expect(body.unit).toBe('retail');
  });
});
