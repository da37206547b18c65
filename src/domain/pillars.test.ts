import type { PillarDefinition, PillarsResponse } from '@/api/schemas';
import {
  healthOf,
  monthsInRange,
  pillarMonths,
  pillarMovers,
  pillarRows,
  MIN_NOISE_HISTORY,
  NOISE_HISTORY,
  scoreAtOrBefore,
  seriesNoise,
  testPillarChange,
  weakestPillars,
} from './pillars';
import { addMonthsIso } from './periods';

const pillars: PillarDefinition[] = [
  { id: 'culture', name: 'Culture over strategy', description: '' },
  { id: 'measurement', name: 'Measure what matters', description: '' },
  { id: 'talent', name: 'Time spent on talent', description: '' },
];

const data: PillarsResponse = {
  unit: 'retail',
  grain: 'month',
  series: [
    {
      pillar: 'culture',
      points: [
        { period: '2026-10-01', score: 62, respondents: 30 },
        { period: '2026-11-01', score: 64, respondents: 31 },
      ],
    },
    {
      pillar: 'measurement',
      points: [
        { period: '2026-10-01', score: 60, respondents: 30 },
        { period: '2026-11-01', score: 52, respondents: 29 },
      ],
    },
  ],
};

describe('healthOf', () => {
  it('uses the configured thresholds', () => {
    expect(healthOf(49.9, { amber: 50, green: 70 })).toBe('red');
    expect(healthOf(50, { amber: 50, green: 70 })).toBe('amber');
    expect(healthOf(70, { amber: 50, green: 70 })).toBe('green');
    expect(healthOf(65, { amber: 40, green: 60 })).toBe('green');
  });
});

describe('healthOf on the score as shown', () => {
  const bands = { amber: 50, green: 70 };
  it('walks the boundaries on the one-decimal score the views show', () => {
    // 69.95 reads "70.0": green, as the legend says from 70; 69.94 reads "69.9": amber.
    expect(healthOf(69.95, bands)).toBe('green');
    expect(healthOf(69.94, bands)).toBe('amber');
    expect(healthOf(70.0, bands)).toBe('green');
    expect(healthOf(49.95, bands)).toBe('amber');
    expect(healthOf(49.94, bands)).toBe('red');
  });
  it('does the same on configured thresholds', () => {
    expect(healthOf(59.96, { amber: 40, green: 60 })).toBe('green');
    expect(healthOf(39.95, { amber: 40, green: 60 })).toBe('amber');
  });
});

describe('pillar rows', () => {
  const rows = pillarRows(data, pillars);
  it('keeps catalog order and a row for a pillar without data', () => {
    expect(rows.map((r) => r.pillar.id)).toEqual(['culture', 'measurement', 'talent']);
    expect(rows[2]!.scores.size).toBe(0);
    expect(pillarMonths(data)).toEqual(['2026-10-01', '2026-11-01']);
  });
  it('names the weakest pillars and the biggest movers', () => {
    expect(weakestPillars(rows, '2026-11-01').map((w) => w.pillar.id)).toEqual([
      'measurement',
      'culture',
    ]);
    expect(pillarMovers(rows, '2026-10-01', '2026-11-01')[0]).toMatchObject({
      pillar: { id: 'measurement' },
      change: -8,
    });
  });
  it('looks back to the latest earlier score', () => {
    expect(scoreAtOrBefore(rows[0]!, '2026-12-01')).toEqual({ period: '2026-11-01', score: 64 });
    expect(scoreAtOrBefore(rows[0]!, '2026-09-01')).toBeNull();
  });
});

describe('monthsInRange', () => {
  it('keeps the months any of whose days fall in the range', () => {
    expect(
      monthsInRange(
        ['2026-07-01', '2026-08-01', '2026-09-01', '2026-12-01'],
        '2026-08-24',
        '2026-11-20',
      ),
    ).toEqual(['2026-08-01', '2026-09-01']);
  });
});

describe('testPillarChange', () => {
  const culture = pillars[0]!;
  /** One pillar's monthly scores from Jan 2025, with intervals of ± `half` when given. */
  const rowOf = (scores: number[], half?: number) =>
    pillarRows(
      {
        unit: 'u',
        grain: 'month',
        series: [
          {
            pillar: 'culture',
            points: scores.map((score, i) => ({
              period: addMonthsIso('2025-01-01', i),
              score,
              respondents: 25,
              ...(half == null ? {} : { ciLow: score - half, ciHigh: score + half }),
            })),
          },
        ],
      },
      [culture],
    )[0]!;
  const last = (scores: number[]) => addMonthsIso('2025-01-01', scores.length - 1);
  const previous = (scores: number[]) => addMonthsIso('2025-01-01', scores.length - 2);

  it("judges a change against the two scores' intervals where the API sends them", () => {
    // ± 6.3 is an se of about 3.2 each, 4.5 for the change: 8 points is t ≈ 1.8, within noise.
    const scores = [60, 68];
    const judged = testPillarChange(rowOf(scores, 6.3), previous(scores), last(scores))!;
    expect(judged).toMatchObject({ judgedBy: 'interval', change: 8, significant: false });
    // The same move with ± 2 (about 1.0 se each) is far outside the noise.
    const tight = testPillarChange(rowOf(scores, 2), previous(scores), last(scores))!;
    expect(tight).toMatchObject({ judgedBy: 'interval', significant: true });
    expect(tight.p!).toBeLessThan(1e-4);
  });

  it("judges a change without intervals against the series' own month-to-month noise", () => {
    // A year of ±4–5 point wobbles: a 5-point move is ordinary for this series...
    const wobbly = [60, 64, 59, 63, 58, 62, 57, 61, 65, 60, 64, 59, 63, 68];
    const ordinary = testPillarChange(rowOf(wobbly), previous(wobbly), last(wobbly))!;
    expect(ordinary).toMatchObject({ judgedBy: 'series-noise', significant: false });
    // ...and extraordinary for a series that moves half a point a month.
    const calm = [60, 60.5, 60, 60.4, 59.8, 60.2, 60.6, 60.1, 59.9, 60.3, 60, 60.4, 60, 65];
    const news = testPillarChange(rowOf(calm), previous(calm), last(calm))!;
    expect(news).toMatchObject({ judgedBy: 'series-noise', significant: true });
  });

  it('is robust to one earlier real move in the history it learns the noise from', () => {
    // One 15-point jump a year ago does not make the next real move look ordinary.
    const calm = [45, 60, 60.5, 60, 60.4, 59.8, 60.2, 60.6, 60.1, 59.9, 60.3, 60, 60.4, 65];
    expect(testPillarChange(rowOf(calm), previous(calm), last(calm))!.significant).toBe(true);
  });

  it('makes no call with neither intervals nor enough history', () => {
    const short = [60, 61, 60, 70];
    expect(testPillarChange(rowOf(short), previous(short), last(short))).toMatchObject({
      judgedBy: null,
      p: null,
      significant: false,
    });
    expect(testPillarChange(rowOf(short), '2024-01-01', last(short))).toBeNull();
  });
});

describe('seriesNoise', () => {
  /** A pillar scored every month up to 2026-11 with the given scores, the last one latest. */
  const rowOf = (scores: number[]) =>
    pillarRows(
      {
        unit: 'retail',
        grain: 'month',
        series: [
          {
            pillar: 'culture',
            points: scores.map((score, i) => ({
              period: addMonthsIso('2026-11-01', i - scores.length + 1),
              score,
              respondents: 30,
            })),
          },
        ],
      },
      pillars,
    )[0]!;

  it('is the scaled median absolute deviation of the earlier changes over the same gap', () => {
    // Changes alternate +1 and −1: the median is 0 and every deviation 1, so the scale is 1.4826.
    const row = rowOf([50, 51, 50, 51, 50, 51, 50, 51, 50, 51, 50, 51, 50, 51, 50]);
    const noise = seriesNoise(row, '2026-11-01', 1)!;
    expect(noise.changes).toBe(NOISE_HISTORY);
    expect(noise.scale).toBeCloseTo(1.4826, 4);
  });
  it('is not thrown by one earlier real move', () => {
    const steady = rowOf([50, 51, 50, 51, 50, 51, 50, 51, 50, 51, 50, 51, 50, 51, 50]);
    const jumped = rowOf([50, 51, 50, 51, 50, 51, 50, 61, 60, 61, 60, 61, 60, 61, 60]);
    expect(seriesNoise(jumped, '2026-11-01', 1)!.scale).toBeCloseTo(
      seriesNoise(steady, '2026-11-01', 1)!.scale,
      6,
    );
  });
  it('falls back to the standard deviation when half the changes sit on the median', () => {
    const row = rowOf([50, 50, 50, 50, 50, 50, 50, 50, 52]);
    // Seven changes of 0 and one of +2: the median deviation is 0, the standard deviation √0.5.
    expect(seriesNoise(row, '2026-11-01', 1)).toEqual({
      scale: expect.closeTo(Math.SQRT1_2, 6),
      changes: 8,
    });
  });
  it('says nothing with fewer earlier changes than it needs, or none that vary', () => {
    expect(seriesNoise(rowOf([50, 51, 50, 51, 50, 51]), '2026-11-01', 1)).toBeNull();
    expect(MIN_NOISE_HISTORY).toBe(6);
    expect(seriesNoise(rowOf([50, 50, 50, 50, 50, 50, 50, 50, 50]), '2026-11-01', 1)).toBeNull();
  });
});
