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

/** The false discovery rate a list of many tests is held to (Benjamini–Hochberg). */
export const FDR_Q = 0.05;

/**
 * erfc(x), Numerical Recipes' Chebyshev fit: fractional error below 1.2e-7 everywhere, so the tiny
 * p-values a family of hundreds of tests is judged on keep their order of magnitude.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Two-sided p-value of a z statistic under the standard normal. */
export function pFromZ(z: number): number {
  if (!Number.isFinite(z)) return Number.isNaN(z) ? 1 : 0;
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

/** ln Γ(x), Lanczos (x > 0). */
function logGamma(x: number): number {
  const c = [
    76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155,
    0.1208650973866179e-2, -0.5395239384953e-5,
  ];
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let ser = 1.00000000019;
  for (const ci of c) ser += ci / ++y;
  return -tmp + Math.log((2.50662827463 * ser) / x);
}

/** Continued fraction of the regularised incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 200; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-12) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  );
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Two-sided p-value of a t statistic with `df` degrees of freedom. */
export function pFromT(t: number, df: number): number {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? 1 : 0;
  return Math.min(1, incompleteBeta(df / (df + t * t), df / 2, 0.5));
}

/**
 * Benjamini–Hochberg: which of a family of tests are discoveries at false discovery rate `q`. The
 * p-values are ranked; the largest rank k with p₍ₖ₎ ≤ k·q/m and every smaller p are discoveries.
 * A null p-value is not a test: it takes no part in m and is never a discovery.
 */
export function benjaminiHochberg(pValues: readonly (number | null)[], q = FDR_Q): boolean[] {
  const tested = pValues.flatMap((p, i) => (p == null || Number.isNaN(p) ? [] : [{ p, i }]));
  tested.sort((a, b) => a.p - b.p || a.i - b.i);
  const m = tested.length;
  let cutoff = -1;
  tested.forEach(({ p }, rank) => {
    if (p <= ((rank + 1) * q) / m) cutoff = rank;
  });
  const discovered = pValues.map(() => false);
  for (let rank = 0; rank <= cutoff; rank++) discovered[tested[rank]!.i] = true;
  return discovered;
}

/** The p-value of a compared change, or null when it was not tested (no interval, not comparable). */
export function changePValue(change: Change): number | null {
  return change.z == null ? null : pFromZ(change.z);
}

/**
 * A family of changes held to the false discovery rate: a 'better' or 'worse' verdict that is not a
 * Benjamini–Hochberg discovery among all the family's tests becomes 'no-significant-change'. The
 * number of tests the family made is returned for the rule shown on screen.
 */
export function controlFamily<C extends Change>(
  changes: readonly C[],
  q = FDR_Q,
): { changes: C[]; tests: number } {
  const ps = changes.map(changePValue);
  const keep = benjaminiHochberg(ps, q);
  return {
    changes: changes.map((c, i) =>
      (c.verdict === 'better' || c.verdict === 'worse') && !keep[i]
        ? { ...c, verdict: 'no-significant-change' }
        : c,
    ),
    tests: ps.filter((p) => p != null).length,
  };
}
