// "What changed": up to three of this week's most important significant movements across metrics,
// stages and pillars, ranked deterministically. Worded by lib/format/what-changed-words.
import type { MetricDefinition, PillarDefinition } from '@/api/schemas';
import type { HeadlineSummary } from './headline';
import { addMonthsIso, monthEnd, quarterEnd } from './periods';
import type { PillarJudgement, PillarMove } from './pillars';
import type { StageStep } from './stages';
import { benjaminiHochberg, changePValue, FDR_Q } from './stats';

export interface StageNews {
  unitName: string;
  step: StageStep;
  stageName: string;
}

export interface PillarNews extends PillarMove {
  unitName: string;
  month: string;
}

export interface WhatChangedInput {
  headlines: readonly HeadlineSummary[];
  stageMoves: readonly StageNews[];
  pillarMoves: readonly PillarNews[];
}

/**
 * The stage assessments that news of a day is drawn from: the last three quarters, so the latest
 * quarter and the one before it are there to compare. `to` is the end of the day's quarter, which
 * selects the same periods as the day itself (a period counts by its first day); so the overview, the
 * review's stage table and their embeds share one cached answer per unit instead of asking again
 * for every day.
 */
export function stageNewsPeriod(asOf: string): { from: string; to: string } {
  return { from: addMonthsIso(asOf, -9), to: quarterEnd(asOf) };
}

/**
 * The pillar scores that news of a day is drawn from: the last fourteen months, so a change without
 * intervals can be judged against the twelve changes before it (the review's pillar table shows the
 * last six; what changed compares the latest two). `to` is the end of the day's month, for the same
 * reason as in {@link stageNewsPeriod}.
 */
export function pillarNewsPeriod(asOf: string): { from: string; to: string } {
  return { from: addMonthsIso(asOf, -13), to: monthEnd(asOf) };
}

/** The most movements what changed names. */
export const MAX_ITEMS = 3;

/** One movement what changed names. */
export type WhatChangedItem =
  /** A unit moved up (promotion) or down a stage in the quarter starting on `period`. */
  | {
      kind: 'stage';
      unitName: string;
      stageName: string;
      move: 'promotion' | 'demotion';
      period: string;
    }
  /**
   * A headline metric changed significantly against last week, to `value` by `delta`; `verdict`
   * says whether that is good news (a lower-is-better metric falling is 'better').
   */
  | {
      kind: 'metric';
      metric: MetricDefinition;
      value: number;
      delta: number;
      verdict: 'better' | 'worse';
      p: number | null;
    }
  /** A unit's pillar score changed significantly, by `change` to `score`, in the month `month`. */
  | {
      kind: 'pillar';
      pillar: PillarDefinition;
      unitName: string;
      change: number;
      score: number;
      month: string;
      p: number | null;
    };

/** What changed, with the rule it was decided by, for the line under the sentences. */
export interface WhatChangedResult {
  /** At most {@link MAX_ITEMS}, most important first; none when nothing moved significantly. */
  items: WhatChangedItem[];
  /** The significance tests the list made (metrics vs last week and pillar changes). */
  tests: number;
  /** How the pillar changes that were tested were judged. */
  pillarJudgements: ReadonlySet<PillarJudgement>;
  /** Pillar changes that could not be tested (no intervals, too short a history). */
  untestedPillars: number;
}

/**
 * Stage moves come first (they are rare and structural), then significant metric changes by the
 * size of their z statistic, then pillar movements by size. Metric and pillar changes are one family
 * of tests: a change is named only when it is a Benjamini–Hochberg discovery at q = 0.05 among all of
 * them, so a list over many units and pillars does not fill with chance movements. Ties break on
 * names, so the same data always gives the same list.
 */
export function whatChanged({
  headlines,
  stageMoves,
  pillarMoves,
}: WhatChangedInput): WhatChangedResult {
  const stages = [...stageMoves]
    .filter((n) => n.step.move != null)
    .sort((a, b) =>
      a.step.move === b.step.move
        ? a.unitName.localeCompare(b.unitName)
        : a.step.move === 'promotion'
          ? -1
          : 1,
    )
    .map((n): WhatChangedItem => ({
      kind: 'stage',
      unitName: n.unitName,
      stageName: n.stageName,
      move: n.step.move!,
      period: n.step.period,
    }));

  const reportable = headlines.filter((s) => s.latest && !s.lowSample);
  const metricPs = reportable.map((s) => changePValue(s.vsLastWeek));
  const pillarPs = pillarMoves.map((m) => m.p);
  const discovered = benjaminiHochberg([...metricPs, ...pillarPs], FDR_Q);
  const metrics = reportable
    .flatMap((s, i) => {
      const { verdict, delta } = s.vsLastWeek;
      return discovered[i] && (verdict === 'better' || verdict === 'worse')
        ? [{ s, verdict, delta: delta ?? 0, p: metricPs[i] ?? null }]
        : [];
    })
    .sort(
      (a, b) =>
        Math.abs(b.s.vsLastWeek.z ?? 0) - Math.abs(a.s.vsLastWeek.z ?? 0) ||
        a.s.metric.id.localeCompare(b.s.metric.id),
    )
    .map(({ s, verdict, delta, p }): WhatChangedItem => ({
      kind: 'metric',
      metric: s.metric,
      value: s.latest!.value,
      delta,
      verdict,
      p,
    }));
  const pillars = pillarMoves
    .filter((m, i) => discovered[reportable.length + i] && m.significant)
    .sort(
      (a, b) =>
        Math.abs(b.change) - Math.abs(a.change) ||
        a.pillar.id.localeCompare(b.pillar.id) ||
        a.unitName.localeCompare(b.unitName),
    )
    .map((m): WhatChangedItem => ({
      kind: 'pillar',
      pillar: m.pillar,
      unitName: m.unitName,
      change: m.change,
      score: m.to,
      month: m.month,
      p: m.p,
    }));
  return {
    items: [...stages, ...metrics, ...pillars].slice(0, MAX_ITEMS),
    tests: [...metricPs, ...pillarPs].filter((p) => p != null).length,
    pillarJudgements: new Set(pillarMoves.flatMap((m) => m.judgedBy ?? [])),
    untestedPillars: pillarMoves.filter((m) => m.judgedBy == null).length,
  };
}
