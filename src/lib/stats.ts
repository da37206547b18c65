// Statistics for honest reporting: standard errors from intervals, significance of changes, target status.
import type { Direction, MetricPoint } from '@/api/schemas';

/** z for a two-sided 95% interval. */
export const Z95 = 1.959964;

/** Standard error implied by a symmetric 95% interval (for asymmetric ones, half its width / 1.96). */
export function seFromInterval(ciLow: number, ciHigh: number): number {
  return Math.abs(ciHigh - ciLow) / (2 * Z95);
}

/** The standard error of a point, or null when it carries no interval. */
export function pointSe(point: Pick<MetricPoint, 'ciLow' | 'ciHigh'>): number | null {
  if (point.ciLow == null || point.ciHigh == null) return null;
  return seFromInterval(point.ciLow, point.ciHigh);
}

/** Whether a point has a value and enough sample to be reported as a number with changes. */
export function isReportable(
  point: MetricPoint | undefined,
  minReportableN: number,
): point is MetricPoint & { value: number } {
  return point != null && point.value != null && point.n >= minReportableN;
}

export type ChangeVerdict =
  /** significant and in the good direction */
  | 'better'
  /** significant and in the bad direction */
  | 'worse'
  /** within noise at 95% */
  | 'no-significant-change'
  /** no interval on one side: the size is known, its significance is not */
  | 'untested'
  /** one side missing or below the reportable sample size */
  | 'not-comparable';

export interface Change {
  verdict: ChangeVerdict;
  /** current − reference, null when not comparable */
  delta: number | null;
  /** z statistic of the difference, null when untested or not comparable */
  z: number | null;
}

/**
 * Compares two independent estimates: a change counts only when |a − b| > 1.96 · √(seA² + seB²).
 */
export function compareEstimates(
  current: { value: number; se: number | null },
  reference: { value: number; se: number | null },
  direction: Direction,
): Change {
  const delta = current.value - reference.value;
  if (current.se == null || reference.se == null) return { verdict: 'untested', delta, z: null };
  const seDiff = Math.sqrt(current.se ** 2 + reference.se ** 2);
  const z = seDiff > 0 ? delta / seDiff : delta === 0 ? 0 : Math.sign(delta) * Infinity;
  if (Math.abs(z) <= Z95) return { verdict: 'no-significant-change', delta, z };
  const improved = direction === 'higher-is-better' ? delta > 0 : delta < 0;
  return { verdict: improved ? 'better' : 'worse', delta, z };
}

/** Compares two weekly points, honouring the minimum reportable sample size on both sides. */
export function comparePoints(
  current: MetricPoint | undefined,
  reference: MetricPoint | undefined,
  direction: Direction,
  minReportableN: number,
): Change {
  if (!isReportable(current, minReportableN) || !isReportable(reference, minReportableN)) {
    return { verdict: 'not-comparable', delta: null, z: null };
  }
  return compareEstimates(
    { value: current.value, se: pointSe(current) },
    { value: reference.value, se: pointSe(reference) },
    direction,
  );
}

export type TargetStatus = 'on-track' | 'at-risk' | 'off-track';

/**
 * Status against a target: on track when the value is on the good side of it and the target lies
 * outside the 95% interval, at risk when the target lies inside the interval, otherwise off track.
 */
export function targetStatus(
  point: Pick<MetricPoint, 'ciLow' | 'ciHigh'> & { value: number },
  target: number,
  direction: Direction,
): TargetStatus {
  if (
    point.ciLow != null &&
    point.ciHigh != null &&
    target >= point.ciLow &&
    target <= point.ciHigh
  ) {
    return 'at-risk';
  }
  const met = direction === 'higher-is-better' ? point.value >= target : point.value <= target;
  return met ? 'on-track' : 'off-track';
}

/** Mean of the non-null values, or null when there are none. */
export function mean(values: readonly (number | null | undefined)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (v != null && Number.isFinite(v)) {
      sum += v;
      count += 1;
    }
  }
  return count ? sum / count : null;
}
