// Monthly pillar assessments: each unit's scores drawn around its maturity plus its pillar offsets,
// the whole organisation's pooled by respondents.
import type { PillarsResponse } from '@/api/schemas';
import { pillarIds, type PillarId } from './definitions';
import type { UnitProfile } from './organisation';
import { createRng } from './random';
import { clamp, roundTo } from './statistics';
import type { UnitTimeline } from './timeline';

export type PillarSeries = PillarsResponse['series'][number];

/** A month as the generator sees it. */
export interface MonthFrame {
  /** The month's first day, 'YYYY-MM-DD'. */
  period: string;
  /** The middle of the month, in days relative to the latest week's Monday. */
  midDay: number;
}

/** Spread of one respondent's score around the unit's true score: the sampling noise of a month. */
const respondentSpread = 16;
/** Month-to-month movement of a pillar that is real (a reorganisation, a new manager). */
const pillarWobble = { sd: 1.5, persistence: 0.6 };

export function assessUnitPillars(
  seed: number,
  profile: UnitProfile,
  timeline: UnitTimeline,
  months: readonly MonthFrame[],
): PillarSeries[] {
  const offsets = centredOffsets(profile.pillarOffsets);
  const respondentsRng = createRng(seed, 'respondents', profile.id);
  const respondents = months.map(() => respondentsRng.int(...profile.respondents));
  // The same for every pillar: worked out once per month.
  const maturity = months.map((month) => timeline.maturityAt(month.midDay));
  const wobbleSd = Math.sqrt(1 - pillarWobble.persistence ** 2) * pillarWobble.sd;
  return pillarIds.map((pillar) => {
    const rng = createRng(seed, 'pillar', profile.id, pillar);
    let wobble = rng.normal(0, pillarWobble.sd);
    return {
      pillar,
      points: months.map((month, i) => {
        const n = respondents[i] ?? 0;
        wobble = pillarWobble.persistence * wobble + wobbleSd * rng.normal();
        const truth =
          maturity[i]! + offsets[pillar] + timeline.pillarShiftAt(pillar, month.midDay) + wobble;
        const score = roundTo(
          clamp(truth + rng.normal(0, respondentSpread / Math.sqrt(Math.max(n, 1))), 0, 100),
          1,
        );
        return { period: month.period, score, respondents: n, ...interval(score, n) };
      }),
    };
  });
}

/** The whole organisation: per pillar and month, the respondent-weighted mean, respondents summed. */
export function poolPillars(
  units: readonly (readonly PillarSeries[])[],
  months: readonly MonthFrame[],
): PillarSeries[] {
  return pillarIds.map((pillar) => {
    const series = units.map((unit) => unit.find((s) => s.pillar === pillar));
    return {
      pillar,
      points: months.map((month, i) => {
        let respondents = 0;
        let weighted = 0;
        for (const unit of series) {
          const point = unit?.points[i];
          if (point?.score == null) continue;
          respondents += point.respondents;
          weighted += point.respondents * point.score;
        }
        if (respondents === 0) return { period: month.period, score: null, respondents };
        const score = roundTo(weighted / respondents, 1);
        return { period: month.period, score, respondents, ...interval(score, respondents) };
      }),
    };
  });
}

/**
 * The 95% interval of a month's score from its respondents' spread (the contract's optional
 * ciLow/ciHigh on a pillar point). A pooled score's respondents are independent samples of their
 * units, so its interval narrows with the total.
 */
function interval(score: number, respondents: number): { ciLow: number; ciHigh: number } {
  const half = (1.96 * respondentSpread) / Math.sqrt(Math.max(respondents, 1));
  return {
    ciLow: roundTo(clamp(score - half, 0, 100), 1),
    ciHigh: roundTo(clamp(score + half, 0, 100), 1),
  };
}

/** Offsets with their mean removed, so the mean of the pillars is the unit's maturity. */
function centredOffsets(offsets: UnitProfile['pillarOffsets']): Record<PillarId, number> {
  const mean = pillarIds.reduce((total, id) => total + (offsets[id] ?? 0), 0) / pillarIds.length;
  return Object.fromEntries(pillarIds.map((id) => [id, (offsets[id] ?? 0) - mean])) as Record<
    PillarId,
    number
  >;
}
