import { format, isValid, parse } from 'date-fns';
import { loadLocale } from '@/i18n/registry';
import {
  addMonthsIso,
  addWeeksIso,
  formatAge,
  formatDay,
  formatWeekNumber,
  formatMonth,
  formatTimestamp,
  weekStartsOn,
  formatQuarter,
  quarterStart,
  quarterEnd,
  monthEnd,
  formatWeek,
  isoWeekOf,
  isoWeekStart,
  parseIsoDate,
  sameWeekLastYear,
} from './dates';

beforeAll(async () => {
  await Promise.all([loadLocale('en-US'), loadLocale('de-DE')]);
});

describe('parseIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(parseIsoDate('2026-11-16')).not.toBeNull();
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('16/11/2026')).toBeNull();
  });

  it("reads every day as date-fns' strict parse does, leap days and bad days included", () => {
    const reference = (s: string) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
      const d = parse(s, 'yyyy-MM-dd', new Date(2000, 0, 1));
      return isValid(d) && format(d, 'yyyy-MM-dd') === s ? d : null;
    };
    const days: string[] = ['0000-01-01', '0099-12-31', '2026-00-10', '2026-04-31', '2026-11-1'];
    for (const year of [1900, 2000, 2024, 2026])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++)
          days.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    for (const s of days)
      expect(parseIsoDate(s)?.getTime() ?? null, s).toBe(reference(s)?.getTime() ?? null);
  });
});

describe('ISO weeks across year ends', () => {
  it('puts 1 Jan 2027 (a Friday) in week 53 of 2026', () => {
    expect(isoWeekOf('2027-01-01')).toEqual({ week: 53, year: 2026 });
    expect(isoWeekStart('2027-01-01')).toBe('2026-12-28');
  });
  it('puts 29 Dec 2025 (a Monday) in week 1 of 2026', () => {
    expect(isoWeekOf('2025-12-29')).toEqual({ week: 1, year: 2026 });
    expect(formatWeekNumber('2025-12-29')).toBe('W01 2026');
  });
  it('starts weeks on Monday', () => {
    expect(isoWeekStart('2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(isoWeekStart('2026-11-16')).toBe('2026-11-16');
  });
  it('steps whole weeks across a year end and a DST change', () => {
    expect(addWeeksIso('2026-12-28', 1)).toBe('2027-01-04');
    expect(addWeeksIso('2026-10-19', 2)).toBe('2026-11-02');
  });
  it('finds the same week a year ago as a Monday 52 weeks back', () => {
    expect(sameWeekLastYear('2026-11-16')).toBe('2025-11-17');
    expect(isoWeekOf('2025-11-17').week).toBe(isoWeekOf('2026-11-16').week);
  });
});

describe('formatting for people', () => {
  it('formats days and weeks in the locale', () => {
    expect(formatDay('2026-11-09')).toBe('9 Nov 2026');
    expect(formatDay('2026-11-09', 'en-US')).toBe('Nov 9, 2026');
    expect(formatWeek('2026-11-09')).toBe('W46 2026 · 9 Nov 2026');
  });
  it('says how old a figure is', () => {
    const now = Date.parse('2026-11-20T09:00:00Z');
    expect(formatAge('2026-11-20T08:59:40Z', 'en-GB', now)).toBe('just now');
    expect(formatAge('2026-11-20T08:35:00Z', 'en-GB', now)).toBe('25 min ago');
    expect(formatAge('2026-11-20T06:00:00Z', 'en-GB', now)).toBe('3 h ago');
    expect(formatAge('2026-11-17T06:00:00Z', 'en-GB', now)).toBe('3 days ago');
  });
});

describe('months and quarters', () => {
  it('steps months from any day to a first of the month, across years', () => {
    expect(addMonthsIso('2026-11-20', -3)).toBe('2026-08-01');
    expect(addMonthsIso('2026-01-01', -13)).toBe('2024-12-01');
  });
  it('finds the start of a quarter', () => {
    expect(quarterStart('2026-11-20')).toBe('2026-10-01');
    expect(quarterStart('2026-03-31')).toBe('2026-01-01');
  });
  it('finds the last day of a month and of a quarter, across leap years and years', () => {
    expect(monthEnd('2026-11-20')).toBe('2026-11-30');
    expect(monthEnd('2028-02-03')).toBe('2028-02-29');
    expect(quarterEnd('2026-11-20')).toBe('2026-12-31');
    expect(quarterEnd('2026-04-01')).toBe('2026-06-30');
  });
  it('names quarters', () => {
    expect(formatQuarter('2026-10-01')).toBe('Q4 2026');
    expect(formatQuarter('2027-01-01')).toBe('Q1 2027');
  });
});

describe('in each locale', () => {
  it('numbers weeks as the locale does: ISO in en-GB and de-DE, from 1 January in en-US', () => {
    // Monday 28 Dec 2026 starts ISO week 53 of 2026; in the US its week holds 1 January: week 1.
    expect(formatWeekNumber('2026-12-28')).toBe('W53 2026');
    expect(formatWeekNumber('2026-12-28', 'de-DE')).toBe('KW 53/2026');
    expect(formatWeekNumber('2026-12-28', 'en-US')).toBe('Wk 01 2027');
    expect(formatWeekNumber('2026-11-16', 'de-DE')).toBe('KW 47/2026');
  });

  it('starts weeks on Monday in en-GB and de-DE, on Sunday in en-US', () => {
    expect(weekStartsOn('en-GB')).toBe(1);
    expect(weekStartsOn('de-DE')).toBe(1);
    expect(weekStartsOn('en-US')).toBe(0);
  });

  it("writes days, months and times with the locale's names and patterns", () => {
    expect(formatDay('2026-11-09', 'de-DE')).toBe('9. Nov. 2026');
    expect(formatMonth('2026-03-01', 'de-DE')).toBe('März 2026');
    expect(formatMonth('2026-03-01', 'en-GB')).toBe('Mar 2026');
    const morning = new Date(2026, 10, 20, 7, 5).getTime();
    expect(formatTimestamp(morning, 'en-GB')).toBe('20 Nov 2026, 07:05');
    expect(formatTimestamp(morning, 'en-US')).toBe('Nov 20, 2026, 7:05 AM');
    expect(formatTimestamp(morning, 'de-DE')).toBe('20. Nov. 2026, 07:05');
  });

  it('says how old a figure is in the locale, with plural forms', () => {
    const now = Date.parse('2026-11-20T09:00:00Z');
    expect(formatAge('2026-11-20T08:35:00Z', 'de-DE', now)).toBe('vor 25 Min.');
    expect(formatAge('2026-11-18T06:00:00Z', 'de-DE', now)).toBe('vor 2 Tagen');
    expect(formatAge('2026-11-20T06:00:00Z', 'en-US', now)).toBe('3 hr ago');
  });
});
