// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogSchema, metricPointSchema } from '@/api/schemas';
import { resolveMockOptions, type MockOptions } from '../options';
import { metricIds, pillarIds, stageIds } from './definitions';
import { buildMockData, getMockData, type MockData } from './mock-data';
import { assessUnitStages } from './quarterly-stages';
import { mean, pointsOf, valuesOf } from './test-helpers';

const options: MockOptions = { asOf: '2026-11-20' };
const data = getMockData(options);
const unitIds = data.catalog.units.map((u) => u.id);
const businessUnitIds = unitIds.filter((id) => id !== 'all');
const surveyMetrics = [
  'loyalty-index',
  'share-of-wallet',
  'repurchase-intent',
  'bonding-index',
  'emotion-ratio',
  'advocacy-share',
  'nps',
];

/** Everything a data set serves, as JSON. */
function serialise(d: MockData): string {
  const units = Object.fromEntries(
    d.catalog.units.map((u) => [
      u.id,
      [d.metricSeries(u.id), d.pillarSeries(u.id), d.stagePoints(u.id)],
    ]),
  );
  return JSON.stringify({ catalog: d.catalog, annotations: d.annotations, units });
}

describe('determinism', () => {
  it('gives byte-identical data for the same options', () => {
    const again = buildMockData(resolveMockOptions(options));
    expect(again).not.toBe(data);
    expect(serialise(again)).toBe(serialise(data));
  });

  it('gives other data for another seed', () => {
    const other = getMockData({ ...options, seed: 7 });
    expect(JSON.stringify(other.metricSeries('retail'))).not.toBe(
      JSON.stringify(data.metricSeries('retail')),
    );
    expect(other.latestWeek).toBe(data.latestWeek);
  });

  it('memoises the data set per options', () => {
    expect(getMockData({ asOf: '2026-11-20' })).toBe(data);
    expect(getMockData({ asOf: '2026-11-20', latencyMs: 500 })).toBe(data);
  });

  it('never draws from Math.random', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(join(dir, entry.name))
          : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
            ? [join(dir, entry.name)]
            : [],
      );
    const mocks = join(import.meta.dirname, '..');
    const offenders = sources(mocks).filter((file) =>
      readFileSync(file, 'utf8').includes('Math.random'),
    );
    expect(offenders).toEqual([]);
  });
});

describe('catalog', () => {
  it('parses with the contract schema', () => {
    expect(() => catalogSchema.parse(data.catalog)).not.toThrow();
  });

  it('lists Acme Group, the whole organisation and at least six business units', () => {
    expect(data.catalog.organisation).toEqual({ id: 'acme', name: 'Acme Group', currency: 'EUR' });
    expect(data.catalog.units[0]).toEqual({ id: 'all', name: 'Acme Group', parentId: null });
    expect(businessUnitIds.length).toBeGreaterThanOrEqual(6);
    expect(data.catalog.units.slice(1).every((u) => u.parentId === 'all')).toBe(true);
    expect(businessUnitIds).toEqual(
      expect.arrayContaining(['retail', 'online', 'business', 'care', 'finance', 'nordics']),
    );
  });

  it('defines every metric of the domain, one headline per family, explained', () => {
    expect(data.catalog.metrics.map((m) => m.id)).toEqual([...metricIds]);
    for (const family of ['loyalty', 'bonding', 'advocacy', 'retention']) {
      expect(data.catalog.metrics.filter((m) => m.family === family && m.headline)).toHaveLength(1);
    }
    for (const metric of data.catalog.metrics) {
      expect(metric.description.length).toBeGreaterThan(40);
      expect(metric.minReportableN).toBeGreaterThan(0);
    }
    expect(data.catalog.metrics.find((m) => m.id === 'churn-rate')?.direction).toBe(
      'lower-is-better',
    );
  });

  it('defines the seven pillars and four stages', () => {
    expect(data.catalog.pillars.map((p) => p.id)).toEqual([...pillarIds]);
    expect(data.catalog.stages.map((s) => [s.id, s.order, s.minScore])).toEqual([
      ['awareness', 1, 0],
      ['sensitivity', 2, 40],
      ['focus', 3, 60],
      ['obsession', 4, 75],
    ]);
  });

  it('says how fresh the data is', () => {
    expect(data.catalog.dataAsOf).toBe('2026-11-20T06:00:00Z');
  });
});

describe('weekly metrics', () => {
  it('covers at least three years of Mondays up to the as-of week, without duplicates', () => {
    expect(data.latestWeek).toBe('2026-11-16');
    expect(data.weeks.length).toBeGreaterThanOrEqual(156);
    expect(new Set(data.weeks).size).toBe(data.weeks.length);
    for (const [i, week] of data.weeks.entries()) {
      const date = new Date(`${week}T00:00:00Z`);
      expect(date.getUTCDay()).toBe(1);
      if (i > 0)
        expect(date.getTime() - new Date(`${data.weeks[i - 1]}T00:00:00Z`).getTime()).toBe(
          7 * 86_400_000,
        );
    }
    expect(data.weeks[data.weeks.length - 1]).toBe(data.latestWeek);
  });

  it('has a point for every week, metric and unit, each a valid contract point', () => {
    for (const unit of unitIds) {
      const series = data.metricSeries(unit);
      expect(series.map((s) => s.metric)).toEqual([...metricIds]);
      for (const s of series) {
        expect(s.points.map((p) => p.period)).toEqual(data.weeks);
        for (const point of s.points) metricPointSchema.parse(point);
      }
    }
  });

  it('keeps every value and interval inside the metric range, the value inside its interval', () => {
    const violations: string[] = [];
    for (const unit of unitIds) {
      for (const { id, min, max } of data.catalog.metrics) {
        for (const { period, value, n, ciLow, ciHigh } of pointsOf(data, unit, id)) {
          if (value === null) continue;
          const ordered =
            ciLow !== undefined &&
            ciHigh !== undefined &&
            min <= ciLow &&
            ciLow <= value &&
            value <= ciHigh &&
            ciHigh <= max;
          if (!ordered || !Number.isInteger(n) || n <= 0)
            violations.push(`${unit} ${id} ${period}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('rounds values to the decimals its catalog names: one, churn two', () => {
    expect(data.catalog.metrics.find((m) => m.id === 'churn-rate')?.decimals).toBe(2);
    for (const metric of metricIds) {
      const decimals = data.catalog.metrics.find((m) => m.id === metric)?.decimals ?? 1;
      expect(decimals).toBe(metric === 'churn-rate' ? 2 : 1);
      for (const value of valuesOf(pointsOf(data, 'retail', metric))) {
        expect(Math.round(value * 10 ** decimals) / 10 ** decimals).toBe(value);
      }
    }
  });

  it('gives percentages the binomial 95% interval of their n', () => {
    for (const unit of businessUnitIds) {
      for (const metric of [
        'bonding-index',
        'advocacy-share',
        'share-of-wallet',
        'retention-rate',
        'win-back-rate',
      ]) {
        for (const point of pointsOf(data, unit, metric)) {
          if (point.value === null || point.ciLow === undefined || point.ciHigh === undefined)
            continue;
          if (point.ciLow <= 0 || point.ciHigh >= 100) continue;
          const p = point.value / 100;
          const halfWidth = 1.96 * Math.sqrt((p * (1 - p)) / point.n) * 100;
          expect(Math.abs((point.ciHigh - point.ciLow) / 2 - halfWidth)).toBeLessThan(0.1);
        }
      }
    }
  });

  it('puts a ratio’s interval on the log scale', () => {
    for (const point of pointsOf(data, 'online', 'emotion-ratio')) {
      if (point.value === null) continue;
      const above = Math.log(point.ciHigh! / point.value);
      const below = Math.log(point.value / point.ciLow!);
      expect(Math.abs(above - below)).toBeLessThan(0.05);
      expect(above).toBeGreaterThan(0);
    }
  });

  it('makes a small sample noisier than a large one', () => {
    const width = (unit: string) =>
      mean(
        pointsOf(data, unit, 'loyalty-index').flatMap((p) =>
          p.value === null ? [] : [p.ciHigh! - p.ciLow!],
        ),
      );
    expect(width('nordics')).toBeGreaterThan(1.8 * width('retail'));
  });

  it('sits at the typical levels of domain.md lately (mean of the last 8 weeks)', () => {
    const typical: Record<string, [number, number]> = {
      'loyalty-index': [10, 45],
      'share-of-wallet': [15, 50],
      'repurchase-intent': [30, 65],
      'bonding-index': [20, 45],
      'emotion-ratio': [3, 30],
      'advocacy-share': [15, 40],
      nps: [-10, 50],
      'referral-rate': [5, 30],
      'retention-rate': [75, 92],
      'churn-rate': [0.6, 2],
      'win-back-rate': [3, 20],
    };
    for (const unit of unitIds) {
      for (const [metric, [low, high]] of Object.entries(typical)) {
        const recent = mean(valuesOf(pointsOf(data, unit, metric).slice(-8)));
        expect(recent, `${unit} ${metric}`).toBeGreaterThanOrEqual(low);
        expect(recent, `${unit} ${metric}`).toBeLessThanOrEqual(high);
      }
    }
  });

  it('has the small unit below the reportable sample size in some weeks', () => {
    const nordics = pointsOf(data, 'nordics', 'loyalty-index');
    const sizes = nordics.map((p) => p.n);
    expect(sizes.filter((n) => n < 50).length).toBeGreaterThan(10);
    expect(sizes.filter((n) => n >= 50).length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(30);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(110);
  });

  it('leaves a two-week survey gap where the data-issue annotation says, behavioural data unaffected', () => {
    const issue = data.annotations.find((a) => a.kind === 'data-issue');
    expect(issue?.unit).toBe('care');
    for (const metric of surveyMetrics) {
      const gaps = pointsOf(data, 'care', metric).filter((p) => p.value === null);
      expect(gaps.map((p) => p.period)).toEqual([
        issue?.date,
        data.weeks[data.weeks.indexOf(issue?.date ?? '') + 1],
      ]);
      for (const gap of gaps) expect(gap).toEqual({ period: gap.period, value: null, n: 0 });
    }
    const retention = pointsOf(data, 'care', 'retention-rate').filter(
      (p) => p.period === issue?.date,
    );
    expect(retention[0]?.value).not.toBeNull();
    const organisation = pointsOf(data, 'all', 'loyalty-index').filter(
      (p) => p.period === issue?.date,
    );
    expect(organisation[0]?.value).not.toBeNull();
  });

  it('pools the whole organisation: n summed, n-weighted mean', () => {
    for (const metric of metricIds) {
      const units = businessUnitIds.map((unit) => pointsOf(data, unit, metric));
      for (const [week, point] of pointsOf(data, 'all', metric).entries()) {
        const present = units.flatMap((points) => {
          const p = points[week];
          return p?.value == null ? [] : [{ value: p.value, n: p.n }];
        });
        const n = present.reduce((total, p) => total + p.n, 0);
        expect(point.n).toBe(n);
        const pooled =
          metric === 'emotion-ratio'
            ? Math.exp(present.reduce((total, p) => total + p.n * Math.log(p.value), 0) / n)
            : present.reduce((total, p) => total + p.n * p.value, 0) / n;
        const tolerance =
          metric === 'emotion-ratio' ? 0.02 * pooled : metric === 'churn-rate' ? 0.011 : 0.11;
        expect(Math.abs(point.value! - pooled)).toBeLessThan(tolerance);
      }
    }
  });

  it('gives the whole organisation a narrower interval than any unit', () => {
    const width = (unit: string) => {
      const last = pointsOf(data, unit, 'advocacy-share').at(-1)!;
      return last.ciHigh! - last.ciLow!;
    };
    for (const unit of businessUnitIds) expect(width('all')).toBeLessThan(width(unit));
  });
});

describe('monthly pillars', () => {
  it('scores the seven pillars each month, 0–100, with 15–60 respondents per unit', () => {
    for (const unit of businessUnitIds) {
      const series = data.pillarSeries(unit);
      expect(series.map((s) => s.pillar)).toEqual([...pillarIds]);
      for (const s of series) {
        expect(s.points.map((p) => p.period)).toEqual(data.months);
        for (const point of s.points) {
          expect(point.score).toBeGreaterThanOrEqual(0);
          expect(point.score).toBeLessThanOrEqual(100);
          expect(Math.round(point.score! * 10) / 10).toBe(point.score);
          expect(point.respondents).toBeGreaterThanOrEqual(15);
          expect(point.respondents).toBeLessThanOrEqual(60);
        }
      }
    }
  });

  it('names months by their first day, up to the month of the latest week', () => {
    expect(data.months.every((m) => m.endsWith('-01'))).toBe(true);
    expect(data.months.at(-1)).toBe('2026-11-01');
  });

  it('pools the whole organisation by respondents', () => {
    const culture = (unit: string) =>
      data.pillarSeries(unit).find((s) => s.pillar === 'culture')!.points;
    for (const [month, point] of culture('all').entries()) {
      const units = businessUnitIds.map((unit) => culture(unit)[month]!);
      const respondents = units.reduce((total, p) => total + p.respondents, 0);
      expect(point.respondents).toBe(respondents);
      const pooled = units.reduce((total, p) => total + p.respondents * p.score!, 0) / respondents;
      expect(Math.abs(point.score! - pooled)).toBeLessThanOrEqual(0.051);
    }
  });
});

describe('quarterly stages', () => {
  it('assesses every quarter by the rule from the quarter’s pillars, the whole organisation included', () => {
    for (const unit of unitIds) {
      const points = data.stagePoints(unit);
      expect(points.map((p) => p.period)).toEqual(data.quarters);
      expect(points).toEqual(assessUnitStages(data.pillarSeries(unit), data.quarters));
      for (const point of points) {
        expect(stageIds).toContain(point.stage);
        expect(pillarIds).toEqual(expect.arrayContaining(point.gatesFailed));
        expect(point.note.length).toBeGreaterThan(10);
      }
    }
  });

  it('names quarters by their first day, up to the quarter of the latest week', () => {
    expect(data.quarters.every((q) => /-(01|04|07|10)-01$/.test(q))).toBe(true);
    expect(data.quarters.at(-1)).toBe('2026-10-01');
  });
});

describe('targets', () => {
  const headlines = data.catalog.metrics.filter((m) => m.headline).map((m) => m.id);

  it('sets a target per calendar year for each headline metric, for every unit', () => {
    for (const year of ['2023', '2024', '2025', '2026']) {
      for (const metric of headlines) {
        expect(data.catalog.targets).toContainEqual(
          expect.objectContaining({
            metric,
            unit: null,
            from: `${year}-01-01`,
            to: `${year}-12-31`,
          }),
        );
      }
    }
  });

  it('adds a few unit-specific targets for known units', () => {
    const specific = data.catalog.targets.filter((t) => t.unit !== null);
    expect(specific.length).toBeGreaterThanOrEqual(3);
    for (const target of specific) expect(businessUnitIds).toContain(target.unit);
  });

  it('has some targets met and some missed', () => {
    const outcomes = data.catalog.targets.map((target) => {
      const points = pointsOf(data, target.unit ?? 'all', target.metric).filter(
        (p) => p.period >= target.from && p.period <= target.to,
      );
      return mean(valuesOf(points)) >= target.value;
    });
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });
});

describe('annotations', () => {
  it('has at least six, of every kind, pointing at known units and metrics', () => {
    expect(data.annotations.length).toBeGreaterThanOrEqual(6);
    expect(new Set(data.annotations.map((a) => a.kind))).toEqual(
      new Set(['initiative', 'incident', 'data-issue', 'method-change']),
    );
    expect(new Set(data.annotations.map((a) => a.id)).size).toBe(data.annotations.length);
    for (const annotation of data.annotations) {
      if (annotation.unit !== null) expect(businessUnitIds).toContain(annotation.unit);
      if (annotation.metric !== null) expect(metricIds).toContain(annotation.metric);
      expect(annotation.date <= data.latestWeek).toBe(true);
    }
  });
});
