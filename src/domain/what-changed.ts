// "What changed": up to three plain sentences on this week's most important significant movements
// across metrics, stages and pillars, ranked deterministically.
import type { T } from '@/i18n/registry';
import type { HeadlineSummary } from './headline';
import { formatMonth, formatQuarter } from '@/lib/format/dates';
import { addMonthsIso, monthEnd, quarterEnd } from './periods';
import { formatDelta, formatNumber, formatValue } from '@/lib/format/format';
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
  locale: string;
  /** The locale's translator: the sentences are worded in it. */
  t: T;
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

export const MAX_SENTENCES = 3;
/** The sentence when nothing moved significantly, in en-GB (see `components.whatChanged.noChange`). */
export const NO_CHANGE_SENTENCE = 'No significant changes this week.';

function metricSentence(s: HeadlineSummary, locale: string, t: T): string {
  const delta = s.vsLastWeek.delta ?? 0;
  const params = {
    metric: s.metric.name,
    value: formatValue(s.latest!.value, s.metric, locale),
    change: formatDelta(delta, s.metric, locale),
  };
  // A lower-is-better metric says whether its move is good news; higher-is-better ones go without.
  if (s.metric.direction === 'lower-is-better') {
    const better = s.vsLastWeek.verdict === 'better';
    if (delta > 0) {
      return better
        ? t('components.whatChanged.metricRoseBetter', params)
        : t('components.whatChanged.metricRoseWorse', params);
    }
    return better
      ? t('components.whatChanged.metricFellBetter', params)
      : t('components.whatChanged.metricFellWorse', params);
  }
  return delta > 0
    ? t('components.whatChanged.metricRose', params)
    : t('components.whatChanged.metricFell', params);
}

function stageSentence(n: StageNews, locale: string, t: T): string {
  const params = {
    unit: n.unitName,
    stage: n.stageName,
    quarter: formatQuarter(n.step.period, locale),
  };
  return n.step.move === 'promotion'
    ? t('components.whatChanged.stageUp', params)
    : t('components.whatChanged.stageDown', params);
}

function pillarSentence(p: PillarNews, locale: string, t: T): string {
  const params = {
    pillar: p.pillar.name,
    unit: p.unitName,
    change: formatNumber(Math.abs(p.change), locale),
    score: formatNumber(p.to, locale),
    month: formatMonth(p.month, locale),
  };
  return p.change > 0
    ? t('components.whatChanged.pillarRose', params)
    : t('components.whatChanged.pillarFell', params);
}

/** What changed, with the rule it was decided by, for the line under the sentences. */
export interface WhatChangedResult {
  sentences: string[];
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
 * names, so the same data always gives the same sentences.
 */
export function whatChanged({
  headlines,
  stageMoves,
  pillarMoves,
  locale,
  t,
}: WhatChangedInput): WhatChangedResult {
  const stages = [...stageMoves]
    .sort((a, b) =>
      a.step.move === b.step.move
        ? a.unitName.localeCompare(b.unitName)
        : a.step.move === 'promotion'
          ? -1
          : 1,
    )
    .map((n) => stageSentence(n, locale, t));

  const reportable = headlines.filter((s) => s.latest && !s.lowSample);
  const metricPs = reportable.map((s) => changePValue(s.vsLastWeek));
  const pillarPs = pillarMoves.map((m) => m.p);
  const discovered = benjaminiHochberg([...metricPs, ...pillarPs], FDR_Q);
  const metrics = reportable
    .filter(
      (s, i) =>
        discovered[i] && (s.vsLastWeek.verdict === 'better' || s.vsLastWeek.verdict === 'worse'),
    )
    .sort(
      (a, b) =>
        Math.abs(b.vsLastWeek.z ?? 0) - Math.abs(a.vsLastWeek.z ?? 0) ||
        a.metric.id.localeCompare(b.metric.id),
    )
    .map((s) => metricSentence(s, locale, t));
  const pillars = pillarMoves
    .filter((m, i) => discovered[reportable.length + i] && m.significant)
    .sort(
      (a, b) =>
        Math.abs(b.change) - Math.abs(a.change) ||
        a.pillar.id.localeCompare(b.pillar.id) ||
        a.unitName.localeCompare(b.unitName),
    )
    .map((p) => pillarSentence(p, locale, t));
  const sentences = [...stages, ...metrics, ...pillars].slice(0, MAX_SENTENCES);
  return {
    sentences: sentences.length ? sentences : [t('components.whatChanged.noChange')],
    tests: [...metricPs, ...pillarPs].filter((p) => p != null).length,
    pillarJudgements: new Set(pillarMoves.flatMap((m) => m.judgedBy ?? [])),
    untestedPillars: pillarMoves.filter((m) => m.judgedBy == null).length,
  };
}
