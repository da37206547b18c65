// How precisely figures are shown, and what they read once shown: the catalog's decimals per metric,
// one decimal for scores, and rounding as the text rounds, so colours, statuses and outlooks decided
// on a number agree with the number beside them.
import type { MetricDefinition, MetricUnit } from '@/api/schemas';

/** Rounds as the text is written: one formatter per number of decimals. */
const rounders = new Map<number, Intl.NumberFormat>();

function rounder(digits: number): Intl.NumberFormat {
  let nf = rounders.get(digits);
  if (!nf) {
    nf = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    rounders.set(digits, nf);
  }
  return nf;
}

/**
 * What a metric's numbers are formatted by: its unit and the decimals the catalog gives it (a bare
 * unit, or a metric without `decimals`, gets the default).
 */
export type MetricFormat = MetricUnit | Pick<MetricDefinition, 'unit' | 'decimals'>;

/** Decimals of a metric whose catalog entry does not say: one, for every unit. */
export const DEFAULT_DECIMALS = 1;

/** Decimals of a pillar or stage score (0–100), everywhere it is shown. */
export const SCORE_DECIMALS = 1;

/** Decimal places shown for a metric: the catalog's `decimals`, else one. Never fewer than 0. */
export function decimalsOf(format: MetricFormat): number {
  const d = typeof format === 'string' ? undefined : format.decimals;
  return d == null ? DEFAULT_DECIMALS : Math.max(0, Math.min(20, Math.trunc(d)));
}

/**
 * A number as it reads once shown with `digits` decimals: 69.95 → 70 at one decimal. Rounded by the
 * same Intl formatter as the text (half away from zero on the number's shortest decimal form: 1.45 →
 * 1.5, where `toFixed` says 1.4), so colours and statuses decided on it agree with the number beside
 * them.
 */
export function asDisplayed(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  return Number(rounder(digits).format(value));
}

/** A metric value as it reads on screen, in the metric's decimals. */
export function displayedValue(value: number, format: MetricFormat): number {
  return asDisplayed(value, decimalsOf(format));
}

/** A point's value and interval as they read on screen, in the metric's decimals. */
export function shownPoint<P extends { value: number; ciLow?: number; ciHigh?: number }>(
  point: P,
  format: MetricFormat,
): P {
  const d = decimalsOf(format);
  return {
    ...point,
    value: asDisplayed(point.value, d),
    ...(point.ciLow != null && { ciLow: asDisplayed(point.ciLow, d) }),
    ...(point.ciHigh != null && { ciHigh: asDisplayed(point.ciHigh, d) }),
  };
}
