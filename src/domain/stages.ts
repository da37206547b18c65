// Stage progression logic: bands from the catalog, moves between quarters, direction and outlook.
import type { StageDefinition, StagePoint } from '@/api/schemas';
import { asDisplayed, SCORE_DECIMALS } from './precision';

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
  /** First quarter of the current unbroken run in this stage, as far as the points given reach. */
  since: string;
  /**
   * Whether `since` is where the run began: the quarter before it was assessed at another stage.
   * False when the points end inside the run, or a quarter without an assessment precedes it
   * ("since at least").
   */
  sinceExact: boolean;
  direction: StageDirection;
}

/** Least squares of y on x (0, 1, 2, … unless `xs` are given): slope and its standard error. */
export function linearTrend(
  ys: readonly number[],
  xs: readonly number[] = ys.map((_, i) => i),
): {
  slope: number;
  intercept: number;
  se: number | null;
} {
  const n = ys.length;
  const xMean = xs.reduce((a, b) => a + b, 0) / n;
  const yMean = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  ys.forEach((y, i) => {
    sxx += (xs[i]! - xMean) ** 2;
    sxy += (xs[i]! - xMean) * (y - yMean);
  });
  const slope = sxx > 0 ? sxy / sxx : 0;
  // The line's value at the first x.
  const intercept = yMean - slope * (xMean - (xs[0] ?? 0));
  if (n < 3 || sxx === 0) return { slope, intercept, se: null };
  const sse = ys.reduce((acc, y, i) => acc + (y - (yMean + slope * (xs[i]! - xMean))) ** 2, 0);
  return { slope, intercept, se: Math.sqrt(sse / (n - 2) / sxx) };
}

/** t quantiles (two-sided 95%) for few degrees of freedom: the outlook has 2 to 6 points. */
const T95: Record<number, number> = { 1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447 };

/** A quarter as a number (year × 4 + quarter − 1), from any day in it. */
export function quarterIndex(period: string): number {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return y * 4 + Math.floor((m - 1) / 3);
}

/** The first day of the quarter numbered by {@link quarterIndex}. */
export function quarterStartOf(index: number): string {
  const year = Math.floor(index / 4);
  return `${year}-${String((index - year * 4) * 3 + 1).padStart(2, '0')}-01`;
}

/** The first quarter that lies wholly in a range starting on `from` (its first day ≥ `from`). */
export function firstQuarterFrom(from: string): number {
  const q = quarterIndex(from);
  return quarterStartOf(q) < from.slice(0, 10) ? q + 1 : q;
}

/**
 * Where the latest stage's unbroken run starts among `steps` (in time order): the index of its first
 * assessment, and the assessment just before it when that one is of the quarter before (it then
 * holds another stage). A quarter without an assessment ends what is known of the run.
 */
function currentRun(steps: readonly StageStep[]): { start: number; previous: StageStep | null } {
  let start = steps.length - 1;
  const stage = steps[start]!.stage;
  const adjacent = (i: number) =>
    quarterIndex(steps[i]!.period) === quarterIndex(steps[i + 1]!.period) - 1;
  while (start > 0 && steps[start - 1]!.stage === stage && adjacent(start - 1)) start--;
  const previous = start > 0 && adjacent(start - 1) ? steps[start - 1]! : null;
  return { start, previous };
}

/** Quarters that make "the last four quarters": the latest one and the three before it. */
const RECENT_QUARTERS = 4;

/**
 * Where a unit stands: its latest stage, since when it has held it and where it is heading.
 *
 * - Since: the first quarter of the current unbroken run at the stage, found in `points`; callers
 *   that show it add the history before their window where the run reaches back to the window's
 *   start (see `needsEarlierStages`). Where the points end inside the run, `sinceExact` is false.
 * - Direction: the most recent stage move within the last four quarters decides (promotion:
 *   climbing; demotion: slipping). With no move there, the slope of the last four quarters' scores
 *   decides when its 95% interval (t with n − 2 degrees of freedom) excludes zero; else steady.
 */
export function stageStanding(
  points: readonly StagePoint[],
  stages: readonly StageDefinition[],
): StageStanding | null {
  const steps = stageSteps(points, stages);
  const latest = steps.at(-1);
  if (!latest) return null;
  const { start, previous } = currentRun(steps);

  const firstRecent = quarterIndex(latest.period) - (RECENT_QUARTERS - 1);
  const recent = steps.filter((s) => quarterIndex(s.period) >= firstRecent);
  const lastMove = recent.filter((s) => s.move != null).at(-1)?.move;
  let direction: StageDirection = 'steady';
  if (lastMove) direction = lastMove === 'promotion' ? 'climbing' : 'slipping';
  else {
    const { slope, se } = linearTrend(
      recent.map((s) => s.score),
      recent.map((s) => quarterIndex(s.period)),
    );
    const halfWidth = se == null ? Infinity : (T95[recent.length - 2] ?? 2) * se;
    if (slope - halfWidth > 0) direction = 'climbing';
    else if (slope + halfWidth < 0) direction = 'slipping';
  }
  return { latest, since: steps[start]!.period, sinceExact: previous != null, direction };
}

/**
 * Whether the stage history before a window starting on `from` is needed for the standing of a
 * unit with these points: only when its current run reaches back to the window's first quarter.
 * Gives the stage whose run is to be traced back, or null. With `forSince` false (a view that shows
 * the direction, not "since"), only when the direction could hang on a move in that quarter (the
 * window holds no more than the last four quarters).
 */
export function earlierStagesNeeded(
  points: readonly StagePoint[],
  stages: readonly StageDefinition[],
  from: string,
  { forSince = true }: { forSince?: boolean } = {},
): string | null {
  const steps = stageSteps(points, stages);
  if (steps.length === 0) return null;
  const first = firstQuarterFrom(from);
  if (currentRun(steps).start !== 0 || quarterIndex(steps[0]!.period) !== first) return null;
  const latest = steps.at(-1)!;
  return forSince || first > quarterIndex(latest.period) - RECENT_QUARTERS ? latest.stage : null;
}

/**
 * The assessments before quarter `before` that the run at `stage` reaching into it is traced back
 * through, from the newest: the run's earlier quarters and, where found, the assessment that ends
 * it (another stage). Stops at a quarter without an assessment (a hole, or the start of the API's
 * history): what is known of the run ends there.
 */
export function traceRunBack(
  earlier: readonly StagePoint[],
  stage: string,
  before: number,
): { points: StagePoint[]; ended: boolean } {
  const byQuarter = new Map(earlier.map((p) => [quarterIndex(p.period), p]));
  const points: StagePoint[] = [];
  let q = before - 1;
  for (let p = byQuarter.get(q); p; p = byQuarter.get(--q)) {
    points.unshift(p);
    if (p.stage !== stage) return { points, ended: true };
  }
  return { points, ended: false };
}

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
      /** The first day of the earliest quarter the band could be reached in. */
      earliest: string;
      /** The first day of the latest such quarter; null when more than ten years away. */
      latest: string | null;
    };

/** The period `quarters` quarters after a quarter's first day. */
function addQuarters(period: string, quarters: number): string {
  return quarterStartOf(quarterIndex(period) + quarters);
}

/**
 * When the unit would reach the next stage's band at the pace of its last four quarters, with the
 * uncertainty of that pace. A date is given only when the whole 95% interval of the pace is upward.
 */
export function stageOutlook(
  points: readonly StagePoint[],
  stages: readonly StageDefinition[],
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
  // Decided on the score as shown: 74.96 reads "75.0", in the band that starts at 75.
  if (asDisplayed(latest.score, SCORE_DECIMALS) >= next.minScore)
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
    earliest: addQuarters(latest.period, Math.max(1, fastest)),
    latest: slowest > 40 ? null : addQuarters(latest.period, slowest),
  };
}

/**
 * The quarterly assessments a stage chart shows: the three years up to the data's date, whatever
 * range other views use (quarters are few; a 13-week range would show one). The standing of a unit
 * does not hang on it: "since" looks further back where needed.
 */
export function stageWindow(dataAsOf: string): { from: string; to: string } {
  return {
    from: `${Number(dataAsOf.slice(0, 4)) - 3}${dataAsOf.slice(4, 10)}`,
    to: dataAsOf.slice(0, 10),
  };
}
