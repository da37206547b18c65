// Pillar health: colour bands, and the weakest pillars and biggest movers in words.
import type { PillarDefinition, PillarsResponse } from '@/api/schemas';
import type { T } from '@/i18n/registry';
import { addDaysIso } from './dates';
import { asDisplayed, SCORE_DECIMALS } from './format';

export type Health = 'red' | 'amber' | 'green';
export interface HealthThresholds {
  amber: number;
  green: number;
}

/** A health band in words, in the locale of `t`: "Weak", "Developing", "Strong". */
export function healthWord(health: Health, t: T): string {
  return t(`pillars.health.${health}`);
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

/** Points of change between two monthly assessments that count as a movement worth naming. */
export const NOTABLE_PILLAR_CHANGE = 5;

export interface PillarMove {
  pillar: PillarDefinition;
  from: number;
  to: number;
  change: number;
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

/** Pillars ranked by the size of their change between two months, biggest first. */
export function pillarMovers(
  rows: readonly PillarRow[],
  fromMonth: string,
  toMonth: string,
): PillarMove[] {
  return rows
    .flatMap((r) => {
      const from = r.scores.get(fromMonth);
      const to = r.scores.get(toMonth);
      return from == null || to == null ? [] : [{ pillar: r.pillar, from, to, change: to - from }];
    })
    .sort(
      (a, b) => Math.abs(b.change) - Math.abs(a.change) || a.pillar.id.localeCompare(b.pillar.id),
    );
}
