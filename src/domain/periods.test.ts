import { format, isValid, parse } from 'date-fns';
import {
  addDaysIso,
  addMonthsIso,
  addWeeksIso,
  isoWeekOf,
  isoWeekStart,
  monthEnd,
  mustParse,
  parseIsoDate,
  quarterEnd,
  quarterStart,
  sameWeekLastYear,
  toIsoDate,
} from './periods';

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
});

describe('days', () => {
  it('writes a local day back as its ISO date, years before 1000 padded', () => {
    expect(toIsoDate(new Date(2026, 10, 9))).toBe('2026-11-09');
    expect(toIsoDate(mustParse('0099-12-31'))).toBe('0099-12-31');
  });
  it('steps days across a month end, a leap day and a DST change', () => {
    expect(addDaysIso('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysIso('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDaysIso('2026-01-01', -1)).toBe('2025-12-31');
  });
  it('refuses a day that is not one where the code needs a real day', () => {
    expect(() => mustParse('2026-02-30')).toThrow(RangeError);
    expect(() => addDaysIso('not a day', 1)).toThrow(/not a calendar date/);
  });
});
