// What changed in words: one plain sentence per movement the domain names (domain/what-changed), in
// the locale of `t`, or a sentence saying nothing moved.
import type { WhatChangedItem } from '@/domain/what-changed';
import type { T } from '@/i18n/registry';
import { formatMonth, formatQuarter } from './dates';
import { formatDelta, formatNumber, formatValue } from './format';

/** The sentence when nothing moved significantly, in en-GB (see `components.whatChanged.noChange`). */
export const NO_CHANGE_SENTENCE = 'No significant changes this week.';

function metricSentence(
  item: Extract<WhatChangedItem, { kind: 'metric' }>,
  locale: string,
  t: T,
): string {
  const { metric, delta } = item;
  const params = {
    metric: metric.name,
    value: formatValue(item.value, metric, locale),
    change: formatDelta(delta, metric, locale),
  };
  // A lower-is-better metric says whether its move is good news; higher-is-better ones go without.
  if (metric.direction === 'lower-is-better') {
    const better = item.verdict === 'better';
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

function stageSentence(
  item: Extract<WhatChangedItem, { kind: 'stage' }>,
  locale: string,
  t: T,
): string {
  const params = {
    unit: item.unitName,
    stage: item.stageName,
    quarter: formatQuarter(item.period, locale),
  };
  return item.move === 'promotion'
    ? t('components.whatChanged.stageUp', params)
    : t('components.whatChanged.stageDown', params);
}

function pillarSentence(
  item: Extract<WhatChangedItem, { kind: 'pillar' }>,
  locale: string,
  t: T,
): string {
  const params = {
    pillar: item.pillar.name,
    unit: item.unitName,
    change: formatNumber(Math.abs(item.change), locale),
    score: formatNumber(item.score, locale),
    month: formatMonth(item.month, locale),
  };
  return item.change > 0
    ? t('components.whatChanged.pillarRose', params)
    : t('components.whatChanged.pillarFell', params);
}

/** One sentence per movement, in the list's order; the no-change sentence when there is none. */
export function whatChangedSentences(
  items: readonly WhatChangedItem[],
  locale: string,
  t: T,
): string[] {
  if (items.length === 0) return [t('components.whatChanged.noChange')];
  return items.map((item) =>
    item.kind === 'stage'
      ? stageSentence(item, locale, t)
      : item.kind === 'metric'
        ? metricSentence(item, locale, t)
        : pillarSentence(item, locale, t),
  );
}
