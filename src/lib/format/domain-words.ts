// The domain's results in words, in the locale of `t`: families, health bands, time ranges and why a
// link's range was not used, annotations of other units, overdue figures. The rules that decide them are in domain/.
import type { MetricFamily } from '@/api/schemas';
import { annotationUnitName, type AnnotatedUnits } from '@/domain/annotations';
import type { Freshness } from '@/domain/freshness';
import type { Health } from '@/domain/pillars';
import { DEFAULT_RANGE, type RangeIssue, type RangeKind } from '@/domain/time-range';
import type { T } from '@/i18n/registry';
import { formatWeekNumber } from './dates';

/** A family's name in the locale: "Loyalty", "Loyalität". */
export function familyName(family: MetricFamily, t: T): string {
  return t(`components.family.${family}`);
}

/** A health band in words: "Weak", "Developing", "Strong". */
export function healthWord(health: Health, t: T): string {
  return t(`pillars.health.${health}`);
}

const rangeLabelKeys = {
  '13w': 'components.range.w13',
  '26w': 'components.range.w26',
  '52w': 'components.range.w52',
  ytd: 'components.range.ytd',
  custom: 'components.range.custom',
} as const satisfies Record<RangeKind, string>;

/** A range's name in the locale: "13 weeks", "13 Wochen". */
export function rangeLabel(kind: RangeKind, t: T): string {
  return t(rangeLabelKeys[kind]);
}

/**
 * Why a link's range was not used: as a `notice` that also says what is shown instead (a view), and
 * as a `problem` sentence without the fallback (an embed, which shows no fallback).
 */
export function rangeIssueWords(issue: RangeIssue, t: T): { notice: string; problem: string } {
  const problem =
    issue.kind === 'unknown'
      ? t('components.range.unknown', { value: issue.value, options: issue.options.join(', ') })
      : issue.kind === 'custom-dates'
        ? t('components.range.customDates', { from: issue.from, to: issue.to })
        : t('components.range.reversed', { from: issue.from, to: issue.to });
  return {
    notice: t('components.range.fallback', { problem, range: rangeLabel(DEFAULT_RANGE, t) }),
    problem: t('components.range.problemSentence', { problem }),
  };
}

/** An annotation's title as the viewed unit's chart shows it: "Outage (Contact centre North)". */
export function annotationTitle(
  annotation: Parameters<typeof annotationUnitName>[0] & { title: string },
  viewedUnit: string,
  units: AnnotatedUnits,
  t: T,
  /** The title to show, e.g. shortened for the wall; default the annotation's own. */
  title: string = annotation.title,
): string {
  const unit = annotationUnitName(annotation, viewedUnit, units);
  return unit == null ? title : t('components.annotationOfUnit', { title, unit });
}

/** "Figures overdue: latest week W45 2026, expected W47 2026", weeks numbered as the locale does. */
export function overdueSentence(freshness: Freshness, locale: string, t: T): string {
  return t('components.freshness.overdue', {
    latest: formatWeekNumber(freshness.latestWeek, locale),
    expected: formatWeekNumber(freshness.expectedWeek, locale),
  });
}
