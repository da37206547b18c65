// Calendar arithmetic on the contract's ISO dates (`YYYY-MM-DD`): days, ISO weeks, months and
// quarters, with no wording (that is lib/format/dates). date-fns is a pure library: the domain may use it.
import {
  addDays,
  addMonths,
  addWeeks,
  getISOWeek,
  getISOWeekYear,
  startOfISOWeek,
  subWeeks,
} from 'date-fns';

/**
 * Parses a contract date `YYYY-MM-DD` as a local calendar day; null when it is not a real day.
 * By hand rather than with date-fns' `parse`: one fixed pattern needs no pattern engine.
 */
export function parseIsoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  // Chart axes and tables parse thousands of days per render: build the day directly (date-fns'
  // general parse is far slower) and keep its strictness: 2026-02-30 does not roll over, it is no
  // day.
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  if (year === 0) return null; // there is no year 0 in the calendar (date-fns agrees)
  const d = new Date(year, month, day);
  // Years 0–99 would be read as 1900–1999 by the constructor.
  if (year < 100) d.setFullYear(year);
  return d.getFullYear() === year && d.getMonth() === month && d.getDate() === day ? d : null;
}

/** Parses a contract date, or throws: for dates the code itself made or has checked. */
export function mustParse(s: string): Date {
  const d = parseIsoDate(s);
  if (!d) throw new RangeError(`not a calendar date: ${s}`);
  return d;
}

/** A local calendar day as `YYYY-MM-DD`. */
export function toIsoDate(d: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/** The Monday that starts the ISO week holding the day. */
export function isoWeekStart(s: string): string {
  return toIsoDate(startOfISOWeek(mustParse(s)));
}

/** ISO week number and week-year: 2027-01-01 is in week 53 of 2026. */
export function isoWeekOf(s: string): { week: number; year: number } {
  const d = mustParse(s);
  return { week: getISOWeek(d), year: getISOWeekYear(d) };
}

export function addWeeksIso(s: string, weeks: number): string {
  return toIsoDate(addWeeks(mustParse(s), weeks));
}

/** The first day of the month `months` months away from the month holding the day. */
export function addMonthsIso(s: string, months: number): string {
  return toIsoDate(addMonths(mustParse(`${s.slice(0, 7)}-01`), months));
}

export function addDaysIso(s: string, days: number): string {
  return toIsoDate(addDays(mustParse(s), days));
}

/** The same week a year earlier: 52 weeks back, so it is a Monday again and the same season. */
export function sameWeekLastYear(weekStart: string): string {
  return toIsoDate(subWeeks(mustParse(weekStart), 52));
}

/** The first day of the quarter holding the day. */
export function quarterStart(s: string): string {
  const d = mustParse(s);
  return toIsoDate(new Date(d.getFullYear(), Math.floor(d.getMonth() / 3) * 3, 1));
}

/** The last day of the month holding the day. */
export function monthEnd(s: string): string {
  return addDaysIso(addMonthsIso(s, 1), -1);
}

/** The last day of the quarter holding the day. */
export function quarterEnd(s: string): string {
  return addDaysIso(addMonthsIso(quarterStart(s), 3), -1);
}
