import { loyaltyIndexFixture } from '@/test/fixtures';
import type { MetricDefinition, MetricPoint, Target } from '@/api/schemas';
import { addWeeksIso } from './periods';
import {
  findTarget,
  fourWeekAverage,
  headlineFrom,
  headlineMetrics,
  summariseHeadline,
  whyNotComparable,
} from './headline';

const loyalty = loyaltyIndexFixture;
const churn: MetricDefinition = {
  ...loyalty,
  id: 'churn-rate',
  unit: 'percent',
  min: 0,
  direction: 'lower-is-better',
};

/** 60 weekly points ending on 2026-11-16, each ±half-width around its value. */
function series(values: (number | null)[], halfWidth = 2, n = 400): MetricPoint[] {
  const last = '2026-11-16';
  return values.map((value, i) => {
    const period = addWeeksIso(last, i - values.length + 1);
    return value == null
      ? { period, value: null, n: 0 }
      : { period, value, n, ciLow: value - halfWidth, ciHigh: value + halfWidth };
  });
}

const targets: Target[] = [
  { metric: 'loyalty-index', unit: null, value: 35, from: '2026-01-01', to: '2026-12-31' },
  { metric: 'loyalty-index', unit: 'retail', value: 30, from: '2026-01-01', to: '2026-12-31' },
];

describe('headlineMetrics', () => {
  it("takes each family's headline metric, in the families' order, whatever the catalog's order", () => {
    const m = (id: string, family: MetricDefinition['family'], headline: boolean) =>
      ({ ...loyaltyIndexFixture, id, family, headline }) as MetricDefinition;
    const metrics = [
      m('retention-rate', 'retention', true),
      m('nps', 'advocacy', false),
      m('advocacy-share', 'advocacy', true),
      m('bonding-index', 'bonding', true),
      m('loyalty-index', 'loyalty', true),
    ];
    expect(headlineMetrics(metrics).map((x) => x.id)).toEqual([
      'loyalty-index',
      'bonding-index',
      'advocacy-share',
      'retention-rate',
    ]);
  });
});

describe('headlineFrom', () => {
  it('reaches back a year plus a sparkline to a Monday', () => {
    expect(headlineFrom('2026-11-20T06:00:00Z')).toBe('2025-08-11');
  });
});

describe('findTarget', () => {
  it("prefers a unit's own target to the one for every unit", () => {
    expect(findTarget(targets, 'loyalty-index', 'retail', '2026-11-16')?.value).toBe(30);
    expect(findTarget(targets, 'loyalty-index', 'online', '2026-11-16')?.value).toBe(35);
  });
  it('only uses a target that holds for the week', () => {
    expect(findTarget(targets, 'loyalty-index', 'online', '2027-01-04')).toBeNull();
  });
});

describe('summariseHeadline', () => {
  it('calls a large rise vs last week significant, and compares with the same week a year ago', () => {
    const values = Array.from({ length: 60 }, () => 30);
    values[59] = 40;
    const s = summariseHeadline(loyalty, series(values), targets, 'all');
    expect(s.latest?.period).toBe('2026-11-16');
    expect(s.vsLastWeek).toMatchObject({ verdict: 'better', delta: 10 });
    expect(s.vsYearAgo.reference?.period).toBe('2025-11-17');
    expect(s.vsYearAgo.verdict).toBe('better');
    expect(s.target).toEqual({ value: 35, status: 'on-track', gap: 5 });
    expect(s.recent).toHaveLength(13);
  });

  it('compares with the average of the four weeks before, whose error is smaller than a week\u2019s', () => {
    const values = Array.from({ length: 60 }, () => 30);
    values[59] = 32.5; // +2.5 with ±2 intervals: within noise vs one week (2.8), not vs four (2.2)
    const s = summariseHeadline(loyalty, series(values), targets, 'all');
    expect(s.vsLastWeek.verdict).toBe('no-significant-change');
    expect(s.vsFourWeekAverage).toMatchObject({
      verdict: 'better',
      reference: { value: 30, weeks: 4 },
    });
    expect(s.vsFourWeekAverage.delta).toBeCloseTo(2.5);
  });

  it('summarises as of a chosen week', () => {
    const values = Array.from({ length: 60 }, (_, i) => 20 + i * 0.1);
    const s = summariseHeadline(loyalty, series(values), targets, 'all', '2026-11-02');
    expect(s.latest?.period).toBe('2026-11-02');
    expect(s.vsLastWeek.reference?.period).toBe('2026-10-26');
  });

  it('says no significant change for a move within noise', () => {
    const values = Array.from({ length: 60 }, () => 30);
    values[59] = 32;
    expect(summariseHeadline(loyalty, series(values), targets, 'all').vsLastWeek.verdict).toBe(
      'no-significant-change',
    );
  });

  it('makes no change call on a low-sample week', () => {
    const points = series(Array.from({ length: 60 }, (_, i) => (i === 59 ? 50 : 30)));
    points[59] = { ...points[59]!, n: 30 };
    const s = summariseHeadline(loyalty, points, targets, 'all');
    expect(s.lowSample).toBe(true);
    expect(s.vsLastWeek.verdict).toBe('not-comparable');
  });

  it('falls back to the latest week with a value after a gap, and says so', () => {
    const values: (number | null)[] = Array.from({ length: 60 }, () => 30);
    values[59] = null;
    const s = summariseHeadline(loyalty, series(values), targets, 'all');
    expect(s.latest?.period).toBe('2026-11-09');
    expect(s.latestIsGap).toBe(true);
  });

  it('treats a fall as better for a lower-is-better metric', () => {
    const values = Array.from({ length: 60 }, () => 2);
    values[59] = 1;
    const s = summariseHeadline(churn, series(values, 0.1), [], 'all');
    expect(s.vsLastWeek.verdict).toBe('better');
    expect(s.target).toBeNull();
  });

  it('says why a comparison makes no call: a small sample (with n and the minimum) or a missing week', () => {
    // A year-ago week that exists but is below minReportableN (50), the last week missing.
    const points = series(Array.from({ length: 60 }, () => 30));
    const yearAgo = points.findIndex((p) => p.period === '2025-11-17');
    points[yearAgo] = { ...points[yearAgo]!, n: 37 };
    points[58] = { period: points[58]!.period, value: null, n: 0 };
    const s = summariseHeadline(loyalty, points, targets, 'all');
    expect(s.lowSample).toBe(false);
    expect(s.vsYearAgo).toMatchObject({
      verdict: 'not-comparable',
      why: { kind: 'low-sample', side: 'reference', n: 37, min: 50 },
    });
    expect(s.vsLastWeek).toMatchObject({
      verdict: 'not-comparable',
      why: { kind: 'missing', side: 'reference' },
    });
  });

  it('blames the current week when its own sample is too small, on a lower-is-better headline', () => {
    const points = series(
      Array.from({ length: 60 }, () => 2),
      0.1,
    );
    points[59] = { ...points[59]!, n: 41 };
    const s = summariseHeadline({ ...churn, minReportableN: 60 }, points, [], 'all');
    const why = { kind: 'low-sample', side: 'current', n: 41, min: 60 };
    expect(s.vsLastWeek.why).toEqual(why);
    expect(s.vsFourWeekAverage.why).toEqual(why);
    expect(s.vsYearAgo.why).toEqual(why);
  });

  it('counts the too-small weeks when the four weeks before give no average', () => {
    const points = series(Array.from({ length: 60 }, () => 30));
    for (const i of [55, 56, 57]) points[i] = { ...points[i]!, n: 20 };
    const s = summariseHeadline(loyalty, points, targets, 'all');
    expect(s.vsFourWeekAverage).toMatchObject({
      verdict: 'not-comparable',
      why: { kind: 'low-sample-weeks', side: 'reference', weeks: 3, min: 50 },
    });
    const gaps = series(Array.from({ length: 60 }, (_, i) => (i >= 55 && i < 59 ? null : 30)));
    expect(summariseHeadline(loyalty, gaps, targets, 'all').vsFourWeekAverage.why).toEqual({
      kind: 'missing',
      side: 'reference',
    });
  });

  it('gives no reason where a comparison is made', () => {
    const s = summariseHeadline(loyalty, series(Array.from({ length: 60 }, () => 30)), [], 'all');
    expect(s.vsLastWeek.why).toBeUndefined();
    expect(s.vsFourWeekAverage.why).toBeUndefined();
    expect(s.vsYearAgo.why).toBeUndefined();
  });

  it('has no latest value for an empty series', () => {
    expect(summariseHeadline(loyalty, [], targets, 'all').latest).toBeNull();
  });
});

describe('target status on the figures as shown', () => {
  const percent: MetricDefinition = { ...loyalty, unit: 'percent', min: 0 };
  const at = (value: number, ci?: [number, number]): MetricPoint[] => [
    {
      period: '2026-11-16',
      value,
      n: 400,
      ...(ci && { ciLow: ci[0], ciHigh: ci[1] }),
    },
  ];
  const target = (value: number): Target[] => [
    { metric: 'loyalty-index', unit: null, value, from: '2026-01-01', to: '2026-12-31' },
  ];

  it('calls a value shown as the target "on track", with no gap', () => {
    // 31.96% reads "32.0%" beside a target of "32.0%".
    const s = summariseHeadline(percent, at(31.96), target(32), 'all');
    expect(s.target).toEqual({ value: 32, status: 'on-track', gap: 0 });
    expect(summariseHeadline(percent, at(31.94), target(32), 'all').target).toEqual({
      value: 32,
      status: 'off-track',
      gap: -0.1,
    });
  });
  it('calls "at risk" when the target is inside the interval as shown', () => {
    // The interval reads "CI 30.0% to 32.0%": the target 32.0% lies inside it.
    const s = summariseHeadline(percent, at(31, [30, 31.96]), target(32), 'all');
    expect(s.target?.status).toBe('at-risk');
  });
  it("rounds to the metric's decimals", () => {
    const twoDecimals = { ...percent, decimals: 2 };
    expect(summariseHeadline(twoDecimals, at(31.96), target(32), 'all').target).toEqual({
      value: 32,
      status: 'off-track',
      gap: -0.04,
    });
    const lowerIsBetter = { ...percent, direction: 'lower-is-better' as const, decimals: 0 };
    expect(summariseHeadline(lowerIsBetter, at(2.4), target(2), 'all').target?.status).toBe(
      'on-track',
    );
  });
});

describe('whyNotComparable', () => {
  const week = (value: number | null, n: number): MetricPoint => ({
    period: '2026-11-16',
    value,
    n,
  });
  it('names the current week first, then the reference, and missing before small', () => {
    expect(whyNotComparable(undefined, week(30, 400), 50)).toEqual({
      kind: 'missing',
      side: 'current',
    });
    expect(whyNotComparable(week(30, 20), null, 50)).toEqual({
      kind: 'low-sample',
      side: 'current',
      n: 20,
      min: 50,
    });
    expect(whyNotComparable(week(30, 400), week(null, 0), 50)).toEqual({
      kind: 'missing',
      side: 'reference',
    });
    expect(whyNotComparable(week(30, 400), week(31, 49), 50)).toMatchObject({
      kind: 'low-sample',
      side: 'reference',
      n: 49,
    });
  });
  it('has nothing to say when both weeks can be compared', () => {
    expect(whyNotComparable(week(30, 400), week(31, 50), 50)).toBeUndefined();
  });
});

describe('fourWeekAverage', () => {
  const byPeriod = (points: MetricPoint[]) => new Map(points.map((p) => [p.period, p]));
  it('averages the reportable weeks among the four before, with the standard error of a mean', () => {
    // Four weeks of 30, 32, 34, 36 and then the latest week, each ±1.96 (se 1).
    const points = series([30, 32, 34, 36, 40], 1.96);
    const latest = points.at(-1)!.period;
    const average = fourWeekAverage(byPeriod(points), latest, 50)!;
    expect(average.value).toBe(33);
    expect(average.weeks).toBe(4);
    expect(average.se).toBeCloseTo(0.5, 4); // √(4 × 1²) / 4
  });
  it('leaves out gaps and small samples, and gives up below two weeks', () => {
    const points = series([30, null, 34, 36, 40]);
    points[3] = { ...points[3]!, n: 10 };
    const latest = points.at(-1)!.period;
    expect(fourWeekAverage(byPeriod(points), latest, 50)).toMatchObject({ value: 32, weeks: 2 });
    points[0] = { ...points[0]!, n: 10 };
    expect(fourWeekAverage(byPeriod(points), latest, 50)).toBeNull();
  });
  it('has no standard error when a week has no interval', () => {
    const points = series([30, 32, 34, 36, 40]);
    points[1] = { period: points[1]!.period, value: 32, n: 400 };
    const latest = points.at(-1)!.period;
    expect(fourWeekAverage(byPeriod(points), latest, 50)).toMatchObject({ value: 33, se: null });
  });
});
