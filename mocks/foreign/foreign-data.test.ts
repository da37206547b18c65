import { pillarMovers, pillarRows } from '@/domain/pillars';
import { benjaminiHochberg } from '@/domain/stats';
import {
  annotationsResponseSchema,
  catalogSchema,
  errorBodySchema,
  metricsResponseSchema,
  pillarsResponseSchema,
  stagesResponseSchema,
  unitStagesResponseSchema,
  type Catalog,
  type MetricsResponse,
  type PillarsResponse,
  type StagesResponse,
} from '@/api/schemas';
import { metricIds, pillarIds } from '../data/definitions';
import { getMockData } from '../data/mock-data';
import { answerForeign } from './foreign-api';
import {
  createForeignData,
  foreignHistoryWeeks,
  lastCompleteWeek,
  pillarRespondentSpread,
  plantedMovement,
  type ForeignData,
} from './foreign-data';

const now = new Date('2026-12-05T16:00:00Z');
const noise = createForeignData({ noise: true, now });
const planted = createForeignData({ now });

function get(data: ForeignData, path: string) {
  return answerForeign(data, new URL(path, 'http://foreign.test'));
}

const catalog = get(noise, '/v1/catalog').body as Catalog;
const unitIds = catalog.units.map((u) => u.id);

describe('the foreign API speaks contract v1', () => {
  it.each([
    ['noise', noise],
    ['planted', planted],
  ] as const)('every answer of the %s variant parses with the contract schemas', (_, data) => {
    expect(catalogSchema.safeParse(get(data, '/v1/catalog').body).success).toBe(true);
    for (const unit of unitIds) {
      const q = `?unit=${unit}&from=2023-01-01`;
      for (const [path, schema] of [
        ['/v1/metrics', metricsResponseSchema],
        ['/v1/pillars', pillarsResponseSchema],
        ['/v1/stages', stagesResponseSchema],
        ['/v1/annotations', annotationsResponseSchema],
      ] as const) {
        const answer = get(data, path + q);
        expect(answer.status).toBe(200);
        const parsed = schema.safeParse(answer.body);
        expect(parsed.error?.issues ?? [], `${path}${q}`).toEqual([]);
      }
    }
  });

  it('is an organisation unlike the mock: other ids, five stages, a lower-is-better headline', () => {
    const mock = getMockData({ asOf: '2026-11-20' }).catalog;
    const mockUnits = mock.units.flatMap((u) => [u.id, u.name]).filter((id) => id !== 'all');
    expect(
      catalog.units.filter((u) => mockUnits.includes(u.id) || mockUnits.includes(u.name)),
    ).toEqual([]);
    expect(catalog.organisation.id).not.toBe(mock.organisation.id);
    expect(unitIds).toHaveLength(11);
    expect(catalog.units.filter((u) => u.parentId === 'all').map((u) => u.name)).toEqual([
      'Region Nord',
      'Region Süd',
    ]);
    expect(catalog.metrics.filter((m) => (metricIds as readonly string[]).includes(m.id))).toEqual(
      [],
    );
    expect(catalog.pillars.filter((p) => (pillarIds as readonly string[]).includes(p.id))).toEqual(
      [],
    );
    expect(catalog.stages.map((s) => [s.id, s.minScore])).toEqual([
      ['awareness', 0],
      ['sensitivity', 35],
      ['focus', 55],
      ['obsession', 72],
      ['devotion', 88],
    ]);
    const headlines = catalog.metrics.filter((m) => m.headline);
    expect(headlines.map((m) => [m.family, m.unit, m.direction])).toEqual([
      ['loyalty', 'index', 'higher-is-better'],
      ['bonding', 'ratio', 'higher-is-better'],
      ['advocacy', 'points', 'higher-is-better'],
      ['retention', 'percent', 'lower-is-better'],
    ]);
    // Every unit holds a stage, and some unit holds each of the five.
    const stages = unitIds.map((u) => noise.stagePoints(u).at(-1)!.stage);
    expect(new Set(stages)).toEqual(new Set(catalog.stages.map((s) => s.id)));
  });

  it('has small units: some weeks of survey metrics fall below minReportableN', () => {
    const kbi = catalog.metrics.find((m) => m.id === 'kbi')!;
    const kiel = noise.metricSeries('fil-kiel').find((s) => s.metric === 'kbi')!.points;
    expect(kiel.filter((p) => p.n < kbi.minReportableN).length).toBeGreaterThan(100);
    // and one week with no data at all: a gap, not a zero
    expect(kiel.filter((p) => p.value === null)).toHaveLength(1);
  });

  it('pillar points carry respondents (20–30) and no interval', () => {
    const body = get(noise, '/v1/pillars?unit=fil-bremen').body as PillarsResponse;
    const points = body.series.flatMap((s) => s.points);
    expect(points.every((p) => !('ciLow' in p) && !('ciHigh' in p))).toBe(true);
    expect(Math.min(...points.map((p) => p.respondents))).toBeGreaterThanOrEqual(20);
    expect(Math.max(...points.map((p) => p.respondents))).toBeLessThanOrEqual(30);
  });

  it('its data are as of the last complete week, so never overdue', () => {
    expect(noise.latestWeek).toBe('2026-11-23');
    expect(catalog.dataAsOf).toBe('2026-11-29T18:00:00Z');
    // Whatever the weekday: the latest week ends 1 to 7 days before the clock.
    for (let day = 0; day < 7; day += 1) {
      const clock = new Date(Date.UTC(2027, 0, 4 + day, 5));
      const end = new Date(`${lastCompleteWeek(clock)}T23:59:59Z`).getTime() + 6 * 864e5;
      expect((clock.getTime() - end) / 864e5).toBeGreaterThan(0);
      expect((clock.getTime() - end) / 864e5).toBeLessThan(8);
    }
  });

  it('the clock moves the dates, not the values', () => {
    const later = createForeignData({ noise: true, now: new Date('2027-03-17T09:00:00Z') });
    const values = (d: ForeignData) =>
      d.metricSeries('region-sued').map((s) => s.points.map((p) => p.value));
    expect(values(later)).toEqual(values(noise));
    expect(later.latestWeek).toBe('2027-03-08');
  });

  it('answers the default range, from/to, metric and unit as the contract says', () => {
    const all = get(noise, '/v1/metrics').body as MetricsResponse;
    expect(all.unit).toBe('all');
    expect(all.series.map((s) => s.points.length)).toEqual(all.series.map(() => 52));
    expect(all.series[0]!.points.at(-1)!.period).toBe(noise.latestWeek);

    const some = get(
      noise,
      '/v1/metrics?unit=fil-hamburg&metric=stornoquote,kbi&from=2026-10-01&to=2026-10-31',
    ).body as MetricsResponse;
    expect(some.unit).toBe('fil-hamburg');
    expect(some.series.map((s) => s.metric)).toEqual(['kbi', 'stornoquote']);
    expect(some.series[0]!.points.map((p) => p.period)).toEqual([
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
    ]);

    const stages = get(noise, '/v1/stages?from=2020-01-01').body as StagesResponse;
    expect(stages.points).toHaveLength(13);
    expect(get(noise, '/v1/pillars?from=2020-01-01').body).toMatchObject({
      series: expect.arrayContaining([
        expect.objectContaining({ points: expect.any(Array) }),
      ]) as unknown,
    });
  });

  it('answers unknown units and metrics 404, bad dates 400, with the error body', () => {
    for (const [path, status] of [
      ['/v1/metrics?unit=retail', 404],
      ['/v1/pillars?unit=retail', 404],
      ['/v1/stages?unit=nope', 404],
      ['/v1/annotations?unit=nope', 404],
      ['/v1/metrics?metric=nps', 404],
      ['/v1/metrics?from=2026-13-01', 400],
      ['/v1/stages?from=2026-12-01&to=2026-01-01', 400],
      ['/v1/unit-stages?units=all', 404],
    ] as const) {
      const answer = get(noise, path);
      expect(answer.status, path).toBe(status);
      expect(errorBodySchema.safeParse(answer.body).success, path).toBe(true);
    }
  });

  it('offers the batch read of stages only when asked to', () => {
    const offered = answerForeign(
      noise,
      new URL('http://foreign.test/v1/unit-stages?units=all,fil-kiel'),
      ['unit-stages'],
    );
    expect(unitStagesResponseSchema.safeParse(offered.body).success).toBe(true);
    expect(
      (
        answerForeign(noise, new URL('http://foreign.test/v1/catalog'), ['unit-stages'])
          .body as Catalog
      ).features,
    ).toEqual(['unit-stages']);
    expect(catalog.features).toBeUndefined();
  });

  it('names a branch in an annotation, shown to the branch, its region and the group, not to others', () => {
    const titles = (unit: string) =>
      (
        get(noise, `/v1/annotations?unit=${unit}&from=2020-01-01`).body as {
          annotations: { title: string }[];
        }
      ).annotations.map((a) => a.title);
    const bremen = 'IT-Störung im Kundenservice der Filiale Bremen';
    expect(titles('fil-bremen')).toContain(bremen);
    expect(titles('region-nord')).toContain(bremen);
    expect(titles('all')).toContain(bremen);
    expect(titles('region-sued')).not.toContain(bremen);
  });
});

/** Month-to-month changes of every pillar series of every unit. */
function pillarChanges(data: ForeignData): number[] {
  return unitIds.flatMap((unit) =>
    data.pillarSeries(unit).flatMap((s) => {
      const scores = s.points.map((p) => p.score!);
      return scores.slice(1).map((score, i) => score - scores[i]!);
    }),
  );
}

const mean = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};

describe('the noise variant is noise', () => {
  it('pillar scores move ±4–5 points a month by chance, with no trend', () => {
    const changes = pillarChanges(noise);
    expect(changes.length).toBeGreaterThan(2000);
    expect(sd(changes)).toBeGreaterThan(4);
    expect(sd(changes)).toBeLessThan(5);
    // No drift: the mean change is within three standard errors of zero.
    expect(Math.abs(mean(changes))).toBeLessThan((3 * sd(changes)) / Math.sqrt(changes.length));
    // So a fixed 5-point rule calls a quarter to a third of all pillar-months a movement.
    const over5 = changes.filter((c) => Math.abs(c) >= 5).length / changes.length;
    expect(over5).toBeGreaterThan(0.2);
    expect(over5).toBeLessThan(0.35);
  });

  it('pillar scores scatter around a constant level exactly as their respondents explain', () => {
    // Σ ((score − series mean) / (16 / √respondents))² over all points, per degree of freedom: ≈ 1
    // for pure noise; a trend or a step would add to it.
    let chi2 = 0;
    let df = 0;
    for (const unit of unitIds) {
      for (const s of noise.pillarSeries(unit)) {
        const m = mean(s.points.map((p) => p.score!));
        for (const p of s.points)
          chi2 += ((p.score! - m) / (pillarRespondentSpread / Math.sqrt(p.respondents))) ** 2;
        df += s.points.length - 1;
      }
    }
    expect(chi2 / df).toBeGreaterThan(0.9);
    expect(chi2 / df).toBeLessThan(1.1);
  });

  it('metric values scatter around a constant level exactly as their intervals say', () => {
    // Per series: Σ (value − mean)² / (the mean of its squared standard errors), per degree of
    // freedom (a constant denominator: a point's own interval is worked out from its noisy value).
    let chi2 = 0;
    let df = 0;
    for (const metric of catalog.metrics) {
      let metricChi2 = 0;
      let metricDf = 0;
      for (const unit of unitIds) {
        const points = noise
          .metricSeries(unit)
          .find((s) => s.metric === metric.id)!
          .points.filter((p) => p.value !== null);
        const level = mean(points.map((p) => p.value!));
        const variance = mean(points.map((p) => ((p.ciHigh! - p.ciLow!) / 3.92) ** 2));
        metricChi2 += points.reduce((a, p) => a + (p.value! - level) ** 2, 0) / variance;
        metricDf += points.length - 1;
      }
      expect(metricChi2 / metricDf, metric.id).toBeLessThan(1.2);
      chi2 += metricChi2;
      df += metricDf;
    }
    expect(chi2 / df).toBeGreaterThan(0.95);
    expect(chi2 / df).toBeLessThan(1.1);
  });

  it('no metric drifts in the latest weeks, where the app looks for news', () => {
    // Per metric, over the branches (independent samples; their regions and the group pool them):
    // the latest 8 weeks against the weeks before, in standard errors.
    const branches = catalog.units
      .filter((u) => u.parentId?.startsWith('region-'))
      .map((u) => u.id);
    expect(branches).toHaveLength(8);
    for (const metric of catalog.metrics) {
      const zs = branches.map((unit) => {
        const points = noise
          .metricSeries(unit)
          .find((s) => s.metric === metric.id)!
          .points.filter((p) => p.value !== null);
        const recent = points.slice(-8);
        const before = points.slice(0, -8);
        const variance = mean(points.map((p) => ((p.ciHigh! - p.ciLow!) / 3.92) ** 2));
        const difference = mean(recent.map((p) => p.value!)) - mean(before.map((p) => p.value!));
        return difference / Math.sqrt(variance / recent.length + variance / before.length);
      });
      expect(Math.abs(mean(zs)) * Math.sqrt(zs.length), metric.id).toBeLessThan(3);
    }
  });

  it('every unit holds its stage all along', () => {
    for (const unit of unitIds) {
      expect(new Set(noise.stagePoints(unit).map((p) => p.stage)).size, unit).toBe(1);
    }
  });

  it('with the default seed, nothing in the latest week is significant by chance', () => {
    const se = (p: { ciLow?: number; ciHigh?: number }) => (p.ciHigh! - p.ciLow!) / 3.92;
    for (const s of noise.metricSeries('all')) {
      if (!catalog.metrics.find((m) => m.id === s.metric)!.headline) continue;
      const [before, latest] = s.points.slice(-2);
      const z = (latest!.value! - before!.value!) / Math.hypot(se(before!), se(latest!));
      expect(Math.abs(z), s.metric).toBeLessThan(1.96);
    }
    // No unit's latest pillar change is a discovery among all units' pillars, as what changed tests
    // them on the organisation's overview…
    const moves = unitIds.flatMap((unit) => {
      const data = { unit, grain: 'month' as const, series: noise.pillarSeries(unit) };
      const months = [...new Set(data.series.flatMap((s) => s.points.map((p) => p.period)))].sort();
      const [previous, latest] = months.slice(-2);
      return pillarMovers(pillarRows(data, catalog.pillars), previous!, latest!);
    });
    expect(moves.length).toBe(unitIds.length * catalog.pillars.length);
    expect(benjaminiHochberg(moves.map((m) => m.p)).some(Boolean)).toBe(false);
    const latestChanges = moves.map((m) => Math.abs(m.change));
    // …though a fixed 5-point rule would call the largest a movement.
    expect(Math.max(...latestChanges)).toBeGreaterThanOrEqual(5);
  });
});

describe('the default variant', () => {
  it('differs from the noise variant only in the planted movement, which is significant', () => {
    for (const unit of unitIds) {
      expect(planted.pillarSeries(unit)).toEqual(noise.pillarSeries(unit));
      expect(planted.stagePoints(unit)).toEqual(noise.stagePoints(unit));
      const a = noise.metricSeries(unit);
      const b = planted.metricSeries(unit);
      for (const [i, s] of a.entries()) {
        const other = b[i]!;
        expect(other.points.slice(0, -1)).toEqual(s.points.slice(0, -1));
        if (s.metric !== plantedMovement.metric) expect(other.points).toEqual(s.points);
      }
    }
    const storno = planted.metricSeries('all').find((s) => s.metric === plantedMovement.metric)!;
    const [before, latest] = storno.points.slice(-2);
    const se = (p: { ciLow?: number; ciHigh?: number }) => (p.ciHigh! - p.ciLow!) / 3.92;
    const z = (latest!.value! - before!.value!) / Math.hypot(se(before!), se(latest!));
    expect(z).toBeLessThan(-4);
    expect(foreignHistoryWeeks).toBeGreaterThan(52 + 14);
  });
});
