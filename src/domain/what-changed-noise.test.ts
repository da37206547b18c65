// What changed on pure noise and on a planted move: the false-alarm rate and the power of the rule
// (pillar changes tested, one false-discovery-controlled family over every unit's pillars).
import type { PillarDefinition, PillarsResponse } from '@/api/schemas';
import { addMonthsIso } from './periods';
import { pillarMovers, pillarRows, type PillarRow } from './pillars';
import { whatChanged, type PillarNews } from './what-changed';

const pillars: PillarDefinition[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({
  id: `pillar-${id}`,
  name: `Pillar ${id.toUpperCase()}`,
  description: '',
}));

/** mulberry32 with Box–Muller: the same seed, the same organisation. */
function rng(seed: number) {
  let s = seed >>> 0;
  const uniform = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    uniform,
    normal: () => Math.sqrt(-2 * Math.log(uniform() || 1e-12)) * Math.cos(2 * Math.PI * uniform()),
  };
}

/** A respondent's spread around the unit's true score, as in survey pillars. */
const RESPONDENT_SD = 16;
const HISTORY = 14;
const MONTHS = 24;
const FIRST = '2023-01-01';
const round1 = (x: number) => Math.round(x * 10) / 10;

interface Planted {
  unit: number;
  pillar: number;
  /** The month index (from FIRST) whose score carries the move. */
  month: number;
  /** The move in standard errors of the change between two months. */
  ses: number;
}

/**
 * One organisation of `units` units, each pillar a constant true level plus sampling noise of 20–30
 * respondents a month (the API rounds scores to one decimal); with intervals or without.
 */
function organisation(
  seed: number,
  units: number,
  withIntervals: boolean,
  planted?: Planted,
): PillarsResponse[] {
  const r = rng(seed);
  return Array.from({ length: units }, (_, u) => ({
    unit: `u${u}`,
    grain: 'month' as const,
    series: pillars.map((p, k) => {
      const level = 45 + r.uniform() * 30;
      return {
        pillar: p.id,
        points: Array.from({ length: HISTORY + MONTHS }, (_, m) => {
          const respondents = 20 + Math.floor(r.uniform() * 11);
          const se = RESPONDENT_SD / Math.sqrt(respondents);
          let truth = level;
          if (planted && planted.unit === u && planted.pillar === k && m >= planted.month) {
            // A real move from this month on, sized against the change's standard error (√2 · se
            // for two months of the same sample size).
            truth += planted.ses * Math.SQRT2 * (RESPONDENT_SD / Math.sqrt(25));
          }
          const score = round1(truth + se * r.normal());
          return {
            period: addMonthsIso(FIRST, m),
            score,
            respondents,
            ...(withIntervals
              ? { ciLow: round1(score - 1.96 * se), ciHigh: round1(score + 1.96 * se) }
              : {}),
          };
        }),
      };
    }),
  }));
}

/** The pillar movements named by the organisation's what changed for a month (index from FIRST). */
function pillarNews(org: readonly PillarsResponse[], month: number) {
  return pillarNewsOfRows(
    org.map((data) => pillarRows(data, pillars)),
    month,
  );
}

function pillarNewsOfRows(org: readonly PillarRow[][], month: number) {
  const latest = addMonthsIso(FIRST, month);
  const previous = addMonthsIso(latest, -1);
  const moves: PillarNews[] = org.flatMap((rows, u) =>
    pillarMovers(rows, previous, latest).map((m) => ({
      ...m,
      unitName: `Unit ${u}`,
      month: latest,
    })),
  );
  const result = whatChanged({
    headlines: [],
    stageMoves: [],
    pillarMoves: moves,
  });
  return { ...result, named: result.items.filter((item) => item.kind === 'pillar') };
}

/** Share of months, over organisations and months, in which what changed names any pillar move. */
function falseAlarmRate(withIntervals: boolean, organisations: number): number {
  let months = 0;
  let alarms = 0;
  for (let o = 0; o < organisations; o++) {
    const org = organisation(1000 + o, 60, withIntervals).map((data) => pillarRows(data, pillars));
    for (let m = HISTORY; m < HISTORY + MONTHS; m++) {
      months += 1;
      if (pillarNewsOfRows(org, m).named.length) alarms += 1;
    }
  }
  return alarms / months;
}

function power(withIntervals: boolean, units: number, ses: number, trials: number): number {
  let found = 0;
  for (let trial = 0; trial < trials; trial++) {
    const planted = { unit: trial % units, pillar: trial % 7, month: HISTORY + 6, ses };
    const org = organisation(5000 + trial, units, withIntervals, planted);
    const named = pillarNews(org, planted.month).named;
    if (
      named.some(
        (m) =>
          m.pillar.name === `Pillar ${'ABCDEFG'[planted.pillar]}` &&
          m.unitName === `Unit ${planted.unit}`,
      )
    )
      found += 1;
  }
  return found / trials;
}

describe('what changed on 60 units × 7 pillars × 24 months of pure noise', () => {
  it(
    'names a pillar movement in at most 5% of months, judged by the intervals the API sends',
    {
      timeout: 60_000,
    },
    () => {
      expect(falseAlarmRate(true, 10)).toBeLessThanOrEqual(0.05);
    },
  );

  it(
    'names a pillar movement in at most 5% of months, judged by the series noise without intervals',
    {
      timeout: 60_000,
    },
    () => {
      expect(falseAlarmRate(false, 10)).toBeLessThanOrEqual(0.05);
    },
  );

  it('says how many comparisons it made and how pillar changes were judged', () => {
    const withIntervals = pillarNews(organisation(1, 60, true), HISTORY);
    expect(withIntervals.tests).toBe(420);
    expect([...withIntervals.pillarJudgements]).toEqual(['interval']);
    const without = pillarNews(organisation(1, 60, false), HISTORY);
    expect([...without.pillarJudgements]).toEqual(['series-noise']);
    // With no intervals and only three months behind it, a change cannot be judged at all.
    const short = pillarNews(organisation(1, 60, false), 3);
    expect(short.tests).toBe(0);
    expect(short.untestedPillars).toBe(420);
    expect(short.named).toEqual([]);
  });
});

describe('what changed finds a real pillar move', () => {
  // Under Benjamini–Hochberg at q = 0.05 one real move among m tests is named when its p-value is
  // below about 0.05 / m: |z| > 2.69 for one unit's 7 pillars, > 3.85 for 60 units' 420.
  it("finds a move of 4 standard errors in one unit's pillars in at least 80% of trials", () => {
    expect(power(true, 1, 4, 200)).toBeGreaterThanOrEqual(0.8);
  });
  it(
    'finds a move of 5 standard errors among 60 units in at least 80% of trials',
    {
      timeout: 60_000,
    },
    () => {
      expect(power(true, 60, 5, 40)).toBeGreaterThanOrEqual(0.8);
    },
  );
  it('finds a move of 6 standard errors without intervals, from the series noise', () => {
    expect(power(false, 1, 6, 200)).toBeGreaterThanOrEqual(0.8);
  });
});
