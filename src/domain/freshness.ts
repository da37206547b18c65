// Whether the figures themselves are on time: from the catalog's `dataAsOf` and the weekly grain of
// the data, when the next figures are due and whether they are overdue. This is the data's freshness,
// a signal of its own beside the connection's state (live, failing, offline).
import { addDaysIso, isoWeekStart, parseIsoDate, toIsoDate } from './periods';

/** Figures are overdue when more than this many days have passed since the latest week ended. */
export const DEFAULT_OVERDUE_AFTER_DAYS = 8;

export interface Freshness {
  /** Whether the figures are overdue at the time asked about. */
  overdue: boolean;
  /** The Monday of the latest week the data holds: the ISO week holding `dataAsOf`. */
  latestWeek: string;
  /** The Monday of the week whose figures would be in by now: the week holding today. */
  expectedWeek: string;
  /** The moment (ms) after which the figures are overdue: N days after the latest week's end. */
  overdueAfter: number;
}

/**
 * The rule. The latest week is the ISO week (Monday to Sunday) holding the day of `dataAsOf`, as the
 * contract dates weekly figures. It ends at midnight after its Sunday; once more than
 * `overdueAfterDays` days have passed since, the figures are overdue, and the week holding today
 * (local calendar) is the one expected. With the default of 8, data as of any day of W45 is overdue
 * from the Tuesday of W47.
 */
export function freshnessAt(
  dataAsOf: string,
  now: number,
  overdueAfterDays: number = DEFAULT_OVERDUE_AFTER_DAYS,
): Freshness {
  const latestWeek = isoWeekStart(dataAsOf.slice(0, 10));
  const weekEnded = parseIsoDate(addDaysIso(latestWeek, 7))!;
  const overdueAfter = new Date(
    weekEnded.getFullYear(),
    weekEnded.getMonth(),
    weekEnded.getDate() + overdueAfterDays,
  ).getTime();
  return {
    overdue: now > overdueAfter,
    latestWeek,
    expectedWeek: isoWeekStart(toIsoDate(new Date(now))),
    overdueAfter,
  };
}
