// Pillar health: health bands, and the weakest pillars and biggest movers with how sure each move is.
import type { PillarDefinition, PillarsResponse } from '@/api/schemas';
import { addDaysIso, addMonthsIso } from './periods';
import { asDisplayed, SCORE_DECIMALS } from './precision';
import { pFromT, pFromZ, seFromInterval } from './stats';

export type Health = 'red' | 'amber' | 'green';
export interface HealthThresholds {
  amber: number;
  green: number;
}

/** The health band of a score as it is shown (one decimal), so 69.97, shown "70.0", is green. */
export function healthOf(score: number, t: HealthThresholds): Health {
  const shown = asDisplayed(score, SCORE_DECIMALS);
  if (shown >= t.green) return 'green';
  if (shown >= t.amber) return 'amber';
  return 'red';
}

export interface PillarRow {
  pillar: PillarDefinition;
  /** period → score (null: not assessed that month) */
  scores: Map<string, number | null>;
  respondents: Map<string, number>;
  /** period → the score's 95% interval, where the API sends one (an optional field of v1). */
  intervals: Map<string, { ciLow: number; ciHigh: number }>;
}

/** Months present in any series, in order. */
export function pillarMonths(data: PillarsResponse): string[] {
  const months = new Set<string>();
  for (const s of data.series) for (const p of s.points) months.add(p.period);
  return [...months].sort();
}

/** The months that overlap a range of days (a month counts when any of its days falls in it). */
export function monthsInRange(months: readonly string[], from: string, to: string): string[] {
  return months.filter((m) => addDaysIso(m, 27) >= from && m <= to);
}

/** One row per catalog pillar, in catalog order, even when the API sent no series for it. */
export function pillarRows(
  data: PillarsResponse,
  pillars: readonly PillarDefinition[],
): PillarRow[] {
  return pillars.map((pillar) => {
    const series = data.series.find((s) => s.pillar === pillar.id);
    return {
      pillar,
      scores: new Map(series?.points.map((p) => [p.period, p.score]) ?? []),
      respondents: new Map(series?.points.map((p) => [p.period, p.respondents]) ?? []),
      intervals: new Map(
        series?.points.flatMap((p) =>
          p.ciLow == null || p.ciHigh == null
            ? []
            : [[p.period, { ciLow: p.ciLow, ciHigh: p.ciHigh }] as const],
        ) ?? [],
      ),
    };
  });
}

/** The score of a row at a month, or the nearest earlier month with a score. */
export function scoreAtOrBefore(
  row: PillarRow,
  month: string,
): { period: string; score: number } | null {
  let best: { period: string; score: number } | null = null;
  for (const [period, score] of row.scores) {
    if (score != null && period <= month && (!best || period > best.period))
      best = { period, score };
  }
  return best;
}

/** How a pillar's change was judged: against the two scores' intervals, or the series' own noise. */
export type PillarJudgement = 'interval' | 'series-noise';

export interface PillarMove {
  pillar: PillarDefinition;
  from: number;
  to: number;
  change: number;
  /** Null when the change could not be tested (no intervals and too short a history). */
  judgedBy: PillarJudgement | null;
  /** Two-sided p-value of the change, null when untested. */
  p: number | null;
  /** Significant on its own at 95% (before a family's false-discovery control). */
  significant: boolean;
}

/** Changes of the series before the tested one that its noise is estimated from. */
export const NOISE_HISTORY = 12;
/** Fewer earlier changes than this, and a change without intervals is not called. */
export const MIN_NOISE_HISTORY = 6;

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The noise of a pillar's changes over `gap` months, from its own history: the scaled median
 * absolute deviation (robust to an earlier real move) of up to {@link NOISE_HISTORY} earlier changes
 * over the same gap, ending at `fromMonth`. Null when fewer than {@link MIN_NOISE_HISTORY} exist.
 */
export function seriesNoise(
  row: PillarRow,
  fromMonth: string,
  gap: number,
): { scale: number; changes: number } | null {
  const changes: number[] = [];
  for (let k = 0; changes.length < NOISE_HISTORY && k < NOISE_HISTORY + gap; k++) {
    const end = addMonthsIso(fromMonth, -k);
    const a = row.scores.get(addMonthsIso(end, -gap));
    const b = row.scores.get(end);
    if (a != null && b != null) changes.push(b - a);
  }
  if (changes.length < MIN_NOISE_HISTORY) return null;
  const centre = median(changes);
  let scale = 1.4826 * median(changes.map((c) => Math.abs(c - centre)));
  // Scores that repeat exactly (one decimal, few respondents) can leave half the changes on the
  // median: the standard deviation stands in for a spread of zero.
  if (scale === 0) {
    const mean = changes.reduce((a, c) => a + c, 0) / changes.length;
    scale = Math.sqrt(changes.reduce((a, c) => a + (c - mean) ** 2, 0) / (changes.length - 1));
  }
  return scale > 0 ? { scale, changes: changes.length } : null;
}

/** Months between two months' first days. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/**
 * A pillar's change between two months, tested like a metric's: with the two scores' 95% intervals
 * where the API sends them (the change against √(seA² + seB²), on t with Welch's degrees of freedom
 * from the respondents); otherwise against the series' own
 * noise (its robust spread, a t test with half the earlier changes as degrees of freedom, which
 * holds the false-alarm rate of a median absolute deviation of so few changes at or below nominal);
 * otherwise not tested. Null when either month has no score.
 */
export function testPillarChange(
  row: PillarRow,
  fromMonth: string,
  toMonth: string,
): PillarMove | null {
  const from = row.scores.get(fromMonth);
  const to = row.scores.get(toMonth);
  if (from == null || to == null) return null;
  const change = to - from;
  const base = { pillar: row.pillar, from, to, change };
  const a = row.intervals.get(fromMonth);
  const b = row.intervals.get(toMonth);
  if (a && b) {
    const seA = seFromInterval(a.ciLow, a.ciHigh);
    const seB = seFromInterval(b.ciLow, b.ciHigh);
    const se = Math.hypot(seA, seB);
    const stat = se > 0 ? change / se : change === 0 ? 0 : Math.sign(change) * Infinity;
    // A score is the mean of a few dozen respondents, its interval from their spread: the change is
    // judged on Student's t with Welch's degrees of freedom, not the normal curve, which would
    // overstate the evidence of so few answers.
    const nA = row.respondents.get(fromMonth) ?? 0;
    const nB = row.respondents.get(toMonth) ?? 0;
    const df =
      nA > 1 && nB > 1 && se > 0 ? se ** 4 / (seA ** 4 / (nA - 1) + seB ** 4 / (nB - 1)) : Infinity;
    const p = Number.isFinite(df) ? pFromT(stat, df) : pFromZ(stat);
    return { ...base, judgedBy: 'interval', p, significant: p < 0.05 };
  }
  const noise = seriesNoise(row, fromMonth, Math.max(1, monthsBetween(fromMonth, toMonth)));
  if (!noise) return { ...base, judgedBy: null, p: null, significant: false };
  const p = pFromT(change / noise.scale, Math.floor((noise.changes - 1) / 2));
  return { ...base, judgedBy: 'series-noise', p, significant: p < 0.05 };
}

/** Pillars ranked weakest first at a month. */
export function weakestPillars(
  rows: readonly PillarRow[],
  month: string,
): { pillar: PillarDefinition; score: number }[] {
  return rows
    .flatMap((r) => {
      const s = r.scores.get(month);
      return s == null ? [] : [{ pillar: r.pillar, score: s }];
    })
    .sort((a, b) => a.score - b.score || a.pillar.id.localeCompare(b.pillar.id));
}

/**
 * Every pillar's change between two months, tested (see {@link testPillarChange}), ranked by size,
 * biggest first. Whether a change is a movement is for the caller's family to decide.
 */
export function pillarMovers(
  rows: readonly PillarRow[],
  fromMonth: string,
  toMonth: string,
): PillarMove[] {
  return rows
    .flatMap((r) => testPillarChange(r, fromMonth, toMonth) ?? [])
    .sort(
      (a, b) => Math.abs(b.change) - Math.abs(a.change) || a.pillar.id.localeCompare(b.pillar.id),
    );
}
