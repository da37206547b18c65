// "What changed": up to three plain sentences on this week's most important significant movements
// across metrics, stages and pillars, ranked deterministically.
import type { HeadlineSummary } from './headline';
import { formatMonth, formatQuarter } from './dates';
import { formatDelta, formatNumber, formatValue } from './format';
import type { PillarMove } from './pillars';
import type { StageStep } from './stages';

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
}

export const MAX_SENTENCES = 3;
export const NO_CHANGE_SENTENCE = 'No significant changes this week.';

function metricSentence(s: HeadlineSummary, locale: string): string {
  const delta = s.vsLastWeek.delta ?? 0;
  const verb = delta > 0 ? 'rose' : 'fell';
  const value = formatValue(s.latest!.value, s.metric.unit, locale);
  const change = formatDelta(delta, s.metric.unit, locale, s.latest!.value);
  const judgement =
    s.metric.direction === 'lower-is-better'
      ? s.vsLastWeek.verdict === 'better'
        ? ', an improvement'
        : ', a deterioration'
      : '';
  return `${s.metric.name} ${verb} significantly to ${value} (${change} vs last week${judgement}).`;
}

function stageSentence(n: StageNews): string {
  const verb = n.step.move === 'promotion' ? 'moved up to' : 'slipped back to';
  return `${n.unitName} ${verb} ${n.stageName} in ${formatQuarter(n.step.period)}.`;
}

function pillarSentence(p: PillarNews, locale: string): string {
  const verb = p.change > 0 ? 'rose' : 'fell';
  return `${p.pillar.name} (${p.unitName}) ${verb} ${formatNumber(Math.abs(p.change), locale)} points to ${formatNumber(p.to, locale)} in ${formatMonth(p.month, locale)}.`;
}

/**
 * Stage moves come first (they are rare and structural), then significant metric changes by the
 * size of their z statistic, then notable pillar moves by size. Ties break on names, so the same
 * data always gives the same sentences.
 */
export function whatChanged({
  headlines,
  stageMoves,
  pillarMoves,
  locale,
}: WhatChangedInput): string[] {
  const stages = [...stageMoves]
    .sort((a, b) =>
      a.step.move === b.step.move
        ? a.unitName.localeCompare(b.unitName)
        : a.step.move === 'promotion'
          ? -1
          : 1,
    )
    .map(stageSentence);
  const metrics = headlines
    .filter(
      (s) =>
        s.latest &&
        !s.lowSample &&
        (s.vsLastWeek.verdict === 'better' || s.vsLastWeek.verdict === 'worse'),
    )
    .sort(
      (a, b) =>
        Math.abs(b.vsLastWeek.z ?? 0) - Math.abs(a.vsLastWeek.z ?? 0) ||
        a.metric.id.localeCompare(b.metric.id),
    )
    .map((s) => metricSentence(s, locale));
  const pillars = [...pillarMoves]
    .sort(
      (a, b) =>
        Math.abs(b.change) - Math.abs(a.change) ||
        a.pillar.id.localeCompare(b.pillar.id) ||
        a.unitName.localeCompare(b.unitName),
    )
    .map((p) => pillarSentence(p, locale));
  const sentences = [...stages, ...metrics, ...pillars].slice(0, MAX_SENTENCES);
  return sentences.length ? sentences : [NO_CHANGE_SENTENCE];
}
