// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { z } from 'zod/mini';
import { firstIssue } from '@/api/validation';
import { catalogFixture, metricsFixture } from '@/test/fixtures';
import { serialiseOpenApiDocument } from './openapi';
import {
  annotationsResponseSchema,
  catalogSchema,
  metricsResponseSchema,
  pillarsResponseSchema,
  stagesResponseSchema,
} from './schemas';

function problem(result: { success: boolean; error?: z.core.$ZodError }): string | undefined {
  return result.error ? firstIssue(result.error).text : undefined;
}

describe('contract schemas', () => {
  it('accept the contract examples', () => {
    expect(catalogSchema.safeParse(catalogFixture).success).toBe(true);
    expect(metricsResponseSchema.safeParse(metricsFixture).success).toBe(true);
    expect(
      pillarsResponseSchema.safeParse({
        unit: 'retail',
        grain: 'month',
        series: [
          { pillar: 'culture', points: [{ period: '2026-11-01', score: 63.5, respondents: 37 }] },
        ],
      }).success,
    ).toBe(true);
    expect(
      stagesResponseSchema.safeParse({
        unit: 'retail',
        grain: 'quarter',
        points: [
          {
            period: '2026-10-01',
            score: 61.2,
            stage: 'sensitivity',
            gatesFailed: ['measurement'],
            note: 'Focus blocked: measurement pillar 54 < 60',
          },
        ],
      }).success,
    ).toBe(true);
    expect(
      annotationsResponseSchema.safeParse({
        annotations: [
          {
            id: 'a-17',
            date: '2026-09-14',
            unit: 'retail',
            metric: null,
            kind: 'initiative',
            title: 'Complaints hub launched in all stores',
          },
        ],
      }).success,
    ).toBe(true);
  });

  it('accept fields a later version adds', () => {
    const later = {
      ...metricsFixture,
      nextCursor: 'abc',
      series: metricsFixture.series.map((s) => ({ ...s, label: 'x' })),
    };
    expect(metricsResponseSchema.safeParse(later).success).toBe(true);
  });

  it('accept a gap as value null', () => {
    const gap = structuredClone(metricsFixture);
    gap.series[0]!.points[0] = { period: '2026-11-09', value: null, n: 0 };
    expect(metricsResponseSchema.safeParse(gap).success).toBe(true);
  });

  it('reject a value of the wrong type, naming its path', () => {
    const bad = structuredClone(metricsFixture) as unknown as {
      series: { points: { value: unknown }[] }[];
    };
    bad.series[0]!.points[1]!.value = '31.4';
    expect(problem(metricsResponseSchema.safeParse(bad, { reportInput: true }))).toBe(
      'series[0].points[1].value: expected number, received string',
    );
  });

  it('reject dates that are not calendar days', () => {
    const bad = structuredClone(metricsFixture);
    bad.series[0]!.points[0]!.period = '2026-02-30';
    expect(problem(metricsResponseSchema.safeParse(bad))).toBe(
      'series[0].points[0].period: expected a real calendar date',
    );
  });

  it('reject a missing field', () => {
    const { dataAsOf: _dropped, ...rest } = catalogFixture;
    expect(problem(catalogSchema.safeParse(rest))).toBe(
      'dataAsOf: expected string, but it is missing',
    );
  });

  it('reject an unknown metric unit and two headline metrics in one family', () => {
    const badUnit = structuredClone(catalogFixture) as unknown as { metrics: { unit: string }[] };
    badUnit.metrics[0]!.unit = 'euros';
    expect(problem(catalogSchema.safeParse(badUnit, { reportInput: true }))).toBe(
      'metrics[0].unit: expected one of "percent"|"points"|"index"|"ratio", received "euros"',
    );
    const twoHeadlines = structuredClone(catalogFixture);
    twoHeadlines.metrics.push({ ...twoHeadlines.metrics[0]!, id: 'loyalty-2' });
    expect(problem(catalogSchema.safeParse(twoHeadlines))).toMatch(
      /^metrics: expected at most one headline metric for family loyalty/,
    );
  });

  it('reject a negative sample size and an unknown annotation kind', () => {
    const bad = structuredClone(metricsFixture);
    bad.series[0]!.points[0]!.n = -1;
    expect(problem(metricsResponseSchema.safeParse(bad))).toMatch(/^series\[0\]\.points\[0\]\.n: /);
    expect(
      problem(
        annotationsResponseSchema.safeParse({
          annotations: [
            { id: 'a', date: '2026-01-01', unit: null, metric: null, kind: 'rumour', title: 't' },
          ],
        }),
      ),
    ).toMatch(/^annotations\[0\]\.kind: expected one of/);
  });
});

describe('published OpenAPI document', () => {
  it('is generated from the schemas and the committed copy is up to date (run `npm run openapi`)', () => {
    const committed = readFileSync(new URL('../../public/openapi.json', import.meta.url), 'utf8');
    expect(committed).toBe(serialiseOpenApiDocument());
  });

  it('describes every endpoint of the contract, and the optional ones', () => {
    const doc = JSON.parse(serialiseOpenApiDocument()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/v1/annotations',
      '/v1/catalog',
      '/v1/metrics',
      '/v1/pillars',
      '/v1/stages',
      '/v1/unit-pillars',
      '/v1/unit-stages',
    ]);
  });
});
