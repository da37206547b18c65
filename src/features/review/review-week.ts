// The week a review covers: from `?week=`, checked against the weeks the data has.
import { addWeeksIso, isoWeekStart, parseIsoDate } from '@/lib/dates';

/** Weeks offered for a review: the latest and the twelve before it. */
export const REVIEW_WEEKS = 13;

export function reviewWeeks(dataAsOf: string): string[] {
  const latest = isoWeekStart(dataAsOf.slice(0, 10));
  return Array.from({ length: REVIEW_WEEKS }, (_, i) => addWeeksIso(latest, -i));
}

export function resolveReviewWeek(
  requested: string | null,
  dataAsOf: string,
): { week: string; notice: string | null } {
  const weeks = reviewWeeks(dataAsOf);
  const latest = weeks[0]!;
  if (!requested) return { week: latest, notice: null };
  if (!parseIsoDate(requested))
    return {
      week: latest,
      notice: `The link's week “${requested}” is not a date YYYY-MM-DD; showing the latest week.`,
    };
  const monday = isoWeekStart(requested);
  if (!weeks.includes(monday))
    return {
      week: latest,
      notice: `The link's week ${requested} is outside the last ${REVIEW_WEEKS} weeks; showing the latest week.`,
    };
  return { week: monday, notice: null };
}
