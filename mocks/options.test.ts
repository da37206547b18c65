// @vitest-environment node
import { latestWeekFor } from './data/calendar';
import { defaultSeed, resolveMockOptions } from './options';

describe('resolveMockOptions', () => {
  it('defaults the seed and size', () => {
    const resolved = resolveMockOptions({ asOf: '2026-11-20' });
    expect(resolved).toEqual({
      seed: defaultSeed,
      size: 'standard',
      asOfDate: '2026-11-20',
      dataAsOf: '2026-11-20T06:00:00Z',
    });
  });

  it('keeps the time of an as-of timestamp, and takes its day in UTC', () => {
    expect(resolveMockOptions({ asOf: '2026-11-20T14:30:00+01:00' })).toMatchObject({
      asOfDate: '2026-11-20',
      dataAsOf: '2026-11-20T13:30:00Z',
    });
  });

  it('defaults to today, or yesterday before the 06:00 load', () => {
    expect(resolveMockOptions({}, new Date('2026-11-20T09:00:00Z')).dataAsOf).toBe(
      '2026-11-20T06:00:00Z',
    );
    expect(resolveMockOptions({}, new Date('2026-11-20T05:59:00Z')).dataAsOf).toBe(
      '2026-11-19T06:00:00Z',
    );
  });

  it('rejects an as-of that is no date', () => {
    expect(() => resolveMockOptions({ asOf: '2026-13-01' })).toThrow(/asOf: expected a date/);
    expect(() => resolveMockOptions({ asOf: 'yesterday' })).toThrow(/received "yesterday"/);
  });
});

describe('latestWeekFor', () => {
  it('is the Monday of the week containing the as-of date, all week long', () => {
    expect(latestWeekFor('2026-11-16')).toBe('2026-11-16'); // Monday
    expect(latestWeekFor('2026-11-20')).toBe('2026-11-16'); // Friday
    expect(latestWeekFor('2026-11-22')).toBe('2026-11-16'); // Sunday
    expect(latestWeekFor('2026-11-23')).toBe('2026-11-23'); // next Monday
    expect(latestWeekFor('2027-01-01')).toBe('2026-12-28'); // across a year end
  });
});
