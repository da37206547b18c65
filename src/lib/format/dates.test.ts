import { loadLocale } from '@/i18n/registry';
import {
  formatAge,
  formatDay,
  formatWeekNumber,
  formatMonth,
  formatTimestamp,
  weekStartsOn,
  formatQuarter,
  formatWeek,
} from './dates';

beforeAll(async () => {
  await Promise.all([loadLocale('en-US'), loadLocale('de-DE')]);
});

describe('week numbers across year ends', () => {
  it('numbers the week of 29 Dec 2025 (a Monday) week 1 of 2026', () => {
    expect(formatWeekNumber('2025-12-29')).toBe('W01 2026');
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

describe('quarters', () => {
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
