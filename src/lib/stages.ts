// Stage progression logic: bands from the catalog, moves between quarters, direction and outlook.
import type { StageDefinition, StagePoint } from '@/api/schemas';
import { formatQuarter } from './dates';

export interface StageBand {
  stage: StageDefinition;
  from: number;
  /** Exclusive upper bound; 100 for the top stage. */
  to: number;
}

/** The catalog's stages as score bands, in order. */
export function stageBands(stages: readonly StageDefinition[]): StageBand[] {
  const sorted = [...stages].sort((a, b) => a.order - b.order);
  return sorted.map((stage, i) => ({
    stage,
    from: stage.minScore,
    to: sorted[i + 1]?.minScore ?? 100,
  }));
}

/** The stage a point holds, or null for an id the catalog does not know. */
export function stageOf(id: string, stages: readonly StageDefinition[]): StageDefinition | null {
  return stages.find((s) => s.id === id) ?? null;
}

export type StageMove = 'promotion' | 'demotion' | null;

export interface StageStep extends StagePoint {
  order: number | null;
  move: StageMove;
}

/** The assessments in time order, each marked as a promotion or demotion against the one before. */
export function stageSteps(
  points: readonly StagePoint[],
  stages: readonly StageDefinition[],
): StageStep[] {
  const sorted = [...points].sort((a, b) => a.period.localeCompare(b.period));
  let previous: number | null = null;
  return sorted.map((p) => {
    const order = stageOf(p.stage, stages)?.order ?? null;
    const move: StageMove =
      previous != null && order != null && order !== previous
        ? order > previous
          ? 'promotion'
          : 'demotion'
        : null;
    if (order != null) previous = order;
    return { ...p, order, move };
  });
}

export type StageDirection = 'climbing' | 'steady' | 'slipping';

export interface StageStanding {
  latest: StageStep;
  /** First quarter of the current unbroken run in this stage. */
  since: string;
  direction: StageDirection;
}

/** Least squares of y on x = 0, 1, 2, …: slope and its standard error. */
export function linearTrend(ys: readonly number[]): {
  slope: number;
  intercept: number;
  se: number | null;
} {
  const n = ys.length;
  const xMean = (n - 1) / 2;
  const yMean = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  ys.forEach((y, x) => {
    sxx += (x - xMean) ** 2;
    sxy += (x - xMean) * (y - yMean);
  });
  const slope = sxx > 0 ? sxy / sxx : 0;
  const intercept = yMean - slope * xMean;
  if (n < 3) return { slope, intercept, se: null };
  const sse = ys.reduce((acc, y, x) => acc + (y - (intercept + slope * x)) ** 2, 0);
  return { slope, intercept, se: Math.sqrt(sse / (n - 2) / sxx) };
}

/** Points a quarter that count as movement rather than noise in the direction of a unit. */
const STEADY_SLOPE = 1;

export function stageStanding(
  points: readonly StagePoint[],
  stages: readonly StageDefinition[],
): StageStanding | null {
  const steps = stageSteps(points, stages);
  const latest = steps.at(-1);
  if (!latest) return null;
  let since = latest.period;
  for (let i = steps.length - 2; i >= 0 && steps[i]!.stage === latest.stage; i--)
    since = steps[i]!.period;

  const recent = steps.slice(-4);
  const movedUp = recent.some((s) => s.move === 'promotion');
  const movedDown = recent.some((s) => s.move === 'demotion');
  const { slope } = linearTrend(recent.map((s) => s.score));
  let direction: StageDirection = 'steady';
  if (movedDown || slope <= -STEADY_SLOPE) direction = 'slipping';
  if ((movedUp && !movedDown) || slope >= STEADY_SLOPE)
    direction = movedDown ? 'slipping' : 'climbing';
  return { latest, since, direction };
}

/** t quantiles (two-sided 95%) for few degrees of freedom: the outlook has 2 to 6 points. */
const T95: Record<number, number> = { 1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447 };

export type Outlook =
  | { kind: 'top'; stage: StageDefinition }
  | { kind: 'not-enough-data' }
  | { kind: 'already-in-band'; next: StageDefinition; blockedBy: string[] }
  | { kind: 'not-on-trend'; next: StageDefinition; slope: number }
  | { kind: 'uncertain'; next: StageDefinition; slope: number; halfWidth: number }
  | {
      kind: 'on-trend';
      next: StageDefinition;
      slope: number;
      halfWidth: number;
      earliest: string;
      latest: string | null;
    };

/** The period `quarters` quarters after a quarter's first day. */
function addQuarters(period: string, quarters: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 4 + Math.floor((m - 1) / 3) + quarters;
  const year = Math.floor(index / 4);
  const q = index - year * 4;
  return `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * When the unit would reach the next stage's band at the pace of its last four quarters, with the
 * uncertainty of that pace. A date is given only when the whole 95% interval of the pace is upward.
 * Quarters are worded in `locale`.
 */
export function stageOutlook(
  points: readonly StagePoint[],
  stages: readonly StageDefinition[],
  locale = 'en-GB',
): Outlook {
  const steps = stageSteps(points, stages);
  const latest = steps.at(-1);
  if (!latest || steps.length < 3) return { kind: 'not-enough-data' };
  const bands = stageBands(stages);
  const currentOrder = latest.order ?? 0;
  const next = bands.find((b) => b.stage.order > currentOrder)?.stage;
  if (!next) {
    const top = bands.at(-1)!.stage;
    return { kind: 'top', stage: top };
  }
  if (latest.score >= next.minScore)
    return { kind: 'already-in-band', next, blockedBy: latest.gatesFailed };

  const recent = steps.slice(-4).map((s) => s.score);
  const { slope, se } = linearTrend(recent);
  if (slope <= 0) return { kind: 'not-on-trend', next, slope };
  const halfWidth = se == null ? Infinity : (T95[recent.length - 2] ?? 2) * se;
  if (slope - halfWidth <= 0) return { kind: 'uncertain', next, slope, halfWidth };
  const gap = next.minScore - latest.score;
  const fastest = Math.ceil(gap / (slope + halfWidth));
  const slowest = Math.ceil(gap / (slope - halfWidth));
  return {
    kind: 'on-trend',
    next,
    slope,
    halfWidth,
    earliest: formatQuarter(addQuarters(latest.period, Math.max(1, fastest)), locale),
    latest: slowest > 40 ? null : formatQuarter(addQuarters(latest.period, slowest), locale),
  };
}

/**
 * The first day to fetch quarterly assessments from: at least three years back from the data's date
 * (quarters are few; a 13-week range would show one), or the chosen range when it reaches further.
 */
export function stagesFrom(rangeFrom: string, dataAsOf: string): string {
  const threeYears = `${Number(dataAsOf.slice(0, 4)) - 3}${dataAsOf.slice(4, 10)}`;
  return rangeFrom < threeYears ? rangeFrom : threeYears;
}
