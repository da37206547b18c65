// Dates for people: weeks, days, months, quarters, times and data age worded in the locale (date-fns
// locales: names, patterns, week rules). The arithmetic on dates is the domain's (domain/periods).
import { differenceInMinutes, format, getWeek, getWeekYear } from 'date-fns';
import { mustParse } from '@/domain/periods';
import { dateLocaleFor, translatorFor, usableLocale } from '@/i18n/registry';

/** The translator of a loaded locale (another loaded one's until it has loaded). */
function tFor(locale: string) {
  return translatorFor(usableLocale(locale));
}

/**
 * Days and months are written thousands of times per render (axis labels, tables), always the same
 * few hundred: each is formatted once per locale.
 */
const written = new Map<string, string>();

function memoised(key: string, write: () => string): string {
  let text = written.get(key);
  if (text === undefined) {
    text = write();
    if (written.size > 20_000) written.clear();
    written.set(key, text);
  }
  return text;
}

/**
 * The week's number as the locale counts weeks: ISO weeks (Monday start, the week holding 4 January
 * is week 1) for en-GB and de-DE, Sunday-start weeks counted from 1 January for en-US. "W47 2026",
 * "KW 47/2026", "Wk 47 2026".
 */
export function formatWeekNumber(s: string, locale = 'en-GB'): string {
  const d = mustParse(s);
  const options = { locale: dateLocaleFor(locale) };
  return tFor(locale)('dates.week', {
    week: String(getWeek(d, options)).padStart(2, '0'),
    year: String(getWeekYear(d, options)),
  });
}

/** The day the locale's week starts on: 0 Sunday, 1 Monday. */
export function weekStartsOn(locale = 'en-GB'): number {
  return dateLocaleFor(locale).options?.weekStartsOn ?? 1;
}

/** A day for people, e.g. "9 Nov 2026" (en-GB), "Nov 9, 2026" (en-US), "9. Nov. 2026" (de-DE). */
export function formatDay(s: string, locale = 'en-GB'): string {
  return memoised(`day|${locale}|${s}`, () =>
    format(mustParse(s), 'PP', { locale: dateLocaleFor(locale) }),
  );
}

/** A week for people: "W46 2026 · 9 Nov 2026". */
export function formatWeek(weekStart: string, locale = 'en-GB'): string {
  return tFor(locale)('dates.weekWithDay', {
    week: formatWeekNumber(weekStart, locale),
    day: formatDay(weekStart, locale),
  });
}

/** A quarter for people: "Q4 2026" for the quarter starting on 2026-10-01. */
export function formatQuarter(periodStart: string, locale = 'en-GB'): string {
  const d = mustParse(periodStart);
  return tFor(locale)('dates.quarter', {
    quarter: String(Math.floor(d.getMonth() / 3) + 1),
    year: String(d.getFullYear()),
  });
}

/** A month for people: "Nov 2026", "Nov. 2026" (de-DE). */
export function formatMonth(periodStart: string, locale = 'en-GB'): string {
  return memoised(`month|${locale}|${periodStart}`, () =>
    format(mustParse(periodStart), 'MMM yyyy', { locale: dateLocaleFor(locale) }),
  );
}

/** A timestamp for people, in the viewer's time zone: "20 Nov 2026, 07:00", "Nov 20, 2026, 7:00 AM". */
export function formatTimestamp(timestamp: string | number, locale = 'en-GB'): string {
  return format(new Date(timestamp), 'PP, p', { locale: dateLocaleFor(locale) });
}

/** A time of day for people, in the viewer's time zone: "07:00", "7:00 AM". */
export function formatClockTime(timestamp: string | number, locale = 'en-GB'): string {
  return format(new Date(timestamp), 'p', { locale: dateLocaleFor(locale) });
}

/**
 * A day without its year, in the locale's order: "9 Nov" (en-GB), "Nov 9" (en-US), "9. Nov."
 * (de-DE): the locale's medium date pattern with the year taken out.
 */
export function formatDayMonth(s: string | Date, locale = 'en-GB'): string {
  const dateLocale = dateLocaleFor(locale);
  const pattern = (dateLocale.formatLong?.date({ width: 'medium' }) ?? 'd MMM y')
    .replace(/[\s,/.-]*y+[\s,/.-]*$/, '')
    .replace(/^y+[\s,/.-]*/, '');
  return format(typeof s === 'string' ? mustParse(s) : s, pattern, { locale: dateLocale });
}

/** A day without its year and a time of day, in the viewer's time zone: "18 Nov, 09:40", "Nov 18, 9:40 AM". */
export function formatDayTime(timestamp: string | number, locale = 'en-GB'): string {
  const d = new Date(timestamp);
  const t = tFor(locale);
  return t('dates.dayTime', {
    day: format(d, t('dates.dayMonthPattern'), { locale: dateLocaleFor(locale) }),
    time: formatClockTime(timestamp, locale),
  });
}

/** How old a figure is, in words: "just now", "25 min ago", "3 h ago", "2 days ago". */
export function formatAge(
  timestamp: string | number,
  locale = 'en-GB',
  now: number = Date.now(),
): string {
  const t = tFor(locale);
  const minutes = differenceInMinutes(
    now,
    typeof timestamp === 'number' ? timestamp : new Date(timestamp),
  );
  if (minutes < 1) return t('dates.ageJustNow');
  if (minutes < 60) return t('dates.ageMinutes', { minutes: String(minutes) });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('dates.ageHours', { hours: String(hours) });
  return t('dates.ageDays', { count: Math.floor(hours / 24) });
}
