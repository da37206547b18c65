import { DEFAULT_OVERDUE_AFTER_DAYS, freshnessAt } from './freshness';

/** Local time, as the viewer's calendar counts days. */
const at = (y: number, m: number, d: number, h = 0, min = 0, ms = 0) =>
  new Date(y, m - 1, d, h, min, 0, ms).getTime();

describe('freshnessAt', () => {
  // Data as of Friday 20 Nov 2026 carries W47 (16–22 Nov); the week ends at midnight after Sunday 22.
  const asOf = '2026-11-20T06:00:00Z';

  it('takes the ISO week holding dataAsOf as the latest week, whatever day of it the data is from', () => {
    for (const day of ['2026-11-16', '2026-11-20', '2026-11-22'])
      expect(freshnessAt(`${day}T06:00:00Z`, at(2026, 11, 23)).latestWeek).toBe('2026-11-16');
  });

  it('is on time up to 8 days after the latest week ended, and overdue the moment after', () => {
    expect(DEFAULT_OVERDUE_AFTER_DAYS).toBe(8);
    // The week's end plus 8 days: Monday 23 Nov 00:00 + 8 days = Tuesday 1 Dec 00:00.
    expect(freshnessAt(asOf, at(2026, 11, 30, 23, 59)).overdue).toBe(false);
    expect(freshnessAt(asOf, at(2026, 12, 1)).overdue).toBe(false);
    expect(freshnessAt(asOf, at(2026, 12, 1, 0, 0, 1)).overdue).toBe(true);
    expect(freshnessAt(asOf, at(2026, 12, 4)).overdue).toBe(true);
    expect(freshnessAt(asOf, at(2026, 12, 1)).overdueAfter).toBe(at(2026, 12, 1));
  });

  it('calls data 14 days old overdue and expects the week holding today', () => {
    const f = freshnessAt(asOf, at(2026, 12, 4, 9, 30));
    expect(f).toMatchObject({
      overdue: true,
      latestWeek: '2026-11-16',
      expectedWeek: '2026-11-30',
    });
  });

  it('is on time with the latest week in progress or just ended', () => {
    expect(freshnessAt(asOf, at(2026, 11, 20, 9)).overdue).toBe(false);
    expect(freshnessAt(asOf, at(2026, 11, 26)).overdue).toBe(false);
    // A clock behind the data (a skewed kiosk) never reads as overdue.
    expect(freshnessAt(asOf, at(2026, 11, 1)).overdue).toBe(false);
  });

  it('follows the configured number of days', () => {
    expect(freshnessAt(asOf, at(2026, 11, 26, 12), 3).overdue).toBe(true);
    expect(freshnessAt(asOf, at(2026, 11, 26, 0), 3).overdue).toBe(false);
    expect(freshnessAt(asOf, at(2026, 12, 10), 30).overdue).toBe(false);
    expect(freshnessAt(asOf, at(2026, 12, 23, 12), 30).overdue).toBe(true);
  });

  it('counts whole calendar days across a change to summer time', () => {
    // W12 2027 ends on Sunday 28 March, the night clocks go forward in Europe.
    const f = freshnessAt('2027-03-26T06:00:00Z', at(2027, 4, 6));
    expect(f.latestWeek).toBe('2027-03-22');
    expect(f.overdueAfter).toBe(at(2027, 4, 6));
  });

  it('crosses the year: data of W52 2026 is overdue in W02 2027', () => {
    const f = freshnessAt('2026-12-24T06:00:00Z', at(2027, 1, 6, 8));
    expect(f).toMatchObject({
      overdue: true,
      latestWeek: '2026-12-21',
      expectedWeek: '2027-01-04',
    });
  });
});
