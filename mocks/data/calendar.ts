// Calendar arithmetic for the mock data: weeks (Mondays), months, quarters, and days between dates.
// Dates are handled as local calendar days with date-fns; only their 'YYYY-MM-DD' names leave here.
import {
  addDays,
  addMonths,
  addWeeks,
  differenceInCalendarDays,
  getDayOfYear,
  getDaysInYear,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
} from 'date-fns';

// Days are named and read by hand rather than with date-fns' format and parseISO: the large
// organisation names a few hundred thousand of them, and the general functions cost 100 ms there.
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function toDay(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** A 'YYYY-MM-DD' day as local midnight. */
function parseDay(day: string): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/**
 * The latest weekly period: the Monday of the ISO week containing `asOfDate`, as in the contract's
 * example (data as of Friday 2026-11-20 carries the week of 2026-11-16).
 */
export function latestWeekFor(asOfDate: string): string {
  return toDay(startOfISOWeek(parseDay(asOfDate)));
}

/** The `count` weekly periods (Mondays) ending with `latestWeek`, oldest first. */
export function weeksEndingWith(latestWeek: string, count: number): string[] {
  const latest = parseDay(latestWeek);
  return Array.from({ length: count }, (_, i) => toDay(addWeeks(latest, i - count + 1)));
}

/** Monthly periods (1st of month) from the start of `first`'s quarter up to the month of `last`. */
export function monthsCovering(first: string, last: string): string[] {
  const end = startOfMonth(parseDay(last));
  const months: string[] = [];
  for (let month = startOfQuarter(parseDay(first)); month <= end; month = addMonths(month, 1)) {
    months.push(toDay(month));
  }
  return months;
}

/** The quarter (its first day) that a date lies in. */
export function quarterOf(day: string): string {
  const firstMonth = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${day.slice(0, 4)}-${two(firstMonth)}-01`;
}

/** The Monday of the ISO week that a date lies in. */
export function weekOf(day: string): string {
  return toDay(startOfISOWeek(parseDay(day)));
}

export function addDaysTo(day: string, days: number): string {
  return toDay(addDays(parseDay(day), days));
}

export function addWeeksTo(day: string, weeks: number): string {
  return toDay(addWeeks(parseDay(day), weeks));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseDay(to), parseDay(from));
}

/** Where a day lies in its year, 0 (1 January) to just under 1: the phase of seasonal patterns. */
export function yearFraction(day: string): number {
  const date = parseDay(day);
  return (getDayOfYear(date) - 1) / getDaysInYear(date);
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}
