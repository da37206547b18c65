// Sampling error for the mock data: standard errors by kind of metric, 95% intervals, pooling, rounding.

/** The two-sided 95% normal quantile. */
export const z95 = 1.96;

/** An estimate with its sample size and standard error (for a ratio: on the log scale). */
export interface Estimate {
  value: number;
  n: number;
  se: number;
}

/** Standard error of a percentage from a sample of n: binomial, √(p(1−p)/n)·100. */
export function percentSe(percent: number, n: number): number {
  // Half a count at either edge, so a 0% or 100% week does not claim certainty.
  const p = clamp(percent / 100, 0.5 / n, 1 - 0.5 / n);
  return Math.sqrt((p * (1 - p)) / n) * 100;
}

/**
 * Standard error of a net score (points = % high − % low): √((h + l − (h−l)²)/n)·100, where the
 * high and low shares together are what the middle answers leave over.
 */
export function netScoreSe(points: number, n: number, middleShare: number): number {
  const net = points / 100;
  const extremes = Math.min(1, Math.max(1 - middleShare, Math.abs(net)));
  return Math.sqrt(Math.max(extremes - net * net, 0.5 / n) / n) * 100;
}

/**
 * Standard error of ln(positive : negative) when n respondents name `mentionsPerRespondent` emotions
 * each, `emotionalShare` of them positive or negative: √(1/positive + 1/negative).
 */
export function logRatioSe(
  ratio: number,
  n: number,
  mentionsPerRespondent: number,
  emotionalShare: number,
): number {
  const mentions = n * mentionsPerRespondent * emotionalShare;
  const negative = Math.max(mentions / (1 + ratio), 0.5);
  const positive = Math.max(mentions - negative, 0.5);
  return Math.sqrt(1 / positive + 1 / negative);
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded; // no -0 in JSON comparisons
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
