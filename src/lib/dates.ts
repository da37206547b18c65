// Calendar handling in one place: ISO dates of the contract, ISO weeks, periods and data age.
import {
  addDays,
  addMonths,
  addWeeks,
  differenceInMinutes,
  format,
  getISOWeek,
  getISOWeekYear,
  startOfISOWeek,
  subWeeks,
} from 'date-fns';

/** Parses a contract date `YYYY-MM-DD` as a local calendar day; null when it is not a real day. */
export function parseIsoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  // Chart axes and tables parse thousands of days per render: build the day directly (date-fns'
  // parse is ~50 times slower) and keep its strictness: 2026-02-30 does not roll over, it is no day.
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  if (year === 0) return null; // there is no year 0 in the calendar (date-fns agrees)
  const d = new Date(year, month, day);
  // Years 0–99 would be read as 1900–1999 by the constructor.
  if (year < 100) d.setFullYear(year);
  return d.getFullYear() === year && d.getMonth() === month && d.getDate() === day ? d : null;
}

/** Formatters are costly to build and called per axis label: one per locale and style. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, f);
  }
  return f;
}

function mustParse(s: string): Date {
  const d = parseIsoDate(s);
  if (!d) throw new RangeError(`not a calendar date: ${s}`);
  return d;
}

/** A local calendar day as `YYYY-MM-DD`. */
export function toIsoDate(d: Date): string {
  return format(d, 'yyyy-MM-dd');
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

/** "W47 2026" for the week starting on the given day. */
export function formatIsoWeek(s: string): string {
  const { week, year } = isoWeekOf(s);
  return `W${String(week).padStart(2, '0')} ${year}`;
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

/** A day for people, e.g. "9 Nov 2026" (en-GB) or "Nov 9, 2026" (en-US). */
export function formatDay(s: string, locale = 'en-GB'): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(
    mustParse(s),
  );
}

/** A week for people: "W46 · 9 Nov 2026". */
export function formatWeek(weekStart: string, locale = 'en-GB'): string {
  return `${formatIsoWeek(weekStart)} · ${formatDay(weekStart, locale)}`;
}

/** The first day of the quarter holding the day. */
export function quarterStart(s: string): string {
  const d = mustParse(s);
  return toIsoDate(new Date(d.getFullYear(), Math.floor(d.getMonth() / 3) * 3, 1));
}

/** A quarter for people: "Q4 2026" for the quarter starting on 2026-10-01. */
export function formatQuarter(periodStart: string): string {
  const d = mustParse(periodStart);
  return `Q${Math.floor(d.getMonth() / 3) + 1} ${d.getFullYear()}`;
}

/** A month for people: "Nov 2026". */
export function formatMonth(periodStart: string, locale = 'en-GB'): string {
  return dateFormat(locale, { month: 'short', year: 'numeric' }).format(mustParse(periodStart));
}

/** A timestamp for people, in the viewer's time zone: "20 Nov 2026, 07:00". */
export function formatTimestamp(timestamp: string, locale = 'en-GB'): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(timestamp),
  );
}

/** How old a figure is, in words: "just now", "25 min ago", "3 h ago", "2 days ago". */
export function formatAge(timestamp: string | number, now: number = Date.now()): string {
  const minutes = differenceInMinutes(
    now,
    typeof timestamp === 'number' ? timestamp : new Date(timestamp),
  );
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
