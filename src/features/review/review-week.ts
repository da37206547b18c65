// The week a review covers: from `?week=`, checked against the weeks the data has.
import type { T } from '@/i18n/registry';
import { addWeeksIso, isoWeekStart, parseIsoDate } from '@/domain/periods';

/** Weeks offered for a review: the latest and the twelve before it. */
export const REVIEW_WEEKS = 13;

export function reviewWeeks(dataAsOf: string): string[] {
  const latest = isoWeekStart(dataAsOf.slice(0, 10));
  return Array.from({ length: REVIEW_WEEKS }, (_, i) => addWeeksIso(latest, -i));
}

export function resolveReviewWeek(
  requested: string | null,
  dataAsOf: string,
  t: T,
): { week: string; notice: string | null } {
  const weeks = reviewWeeks(dataAsOf);
  const latest = weeks[0]!;
  if (!requested) return { week: latest, notice: null };
  if (!parseIsoDate(requested))
    return {
      week: latest,
      notice: t('review.weekNotADate', { week: requested }),
    };
  const monday = isoWeekStart(requested);
  if (!weeks.includes(monday))
    return {
      week: latest,
      notice: t('review.weekOutsideRange', { week: requested, count: REVIEW_WEEKS }),
    };
  return { week: monday, notice: null };
}
