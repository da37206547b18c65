import {
  asDisplayed,
  decimalsOf,
  DEFAULT_DECIMALS,
  displayedValue,
  SCORE_DECIMALS,
  shownPoint,
} from './precision';

describe('decimalsOf', () => {
  it("takes the catalog's decimals, else one for every unit", () => {
    expect(DEFAULT_DECIMALS).toBe(1);
    expect(decimalsOf('ratio')).toBe(1);
    expect(decimalsOf({ unit: 'percent' })).toBe(1);
    expect(decimalsOf({ unit: 'percent', decimals: 2 })).toBe(2);
    expect(decimalsOf({ unit: 'points', decimals: 0 })).toBe(0);
  });
  it('keeps a malformed count of decimals within what can be shown', () => {
    expect(decimalsOf({ unit: 'index', decimals: -3 })).toBe(0);
    expect(decimalsOf({ unit: 'index', decimals: 1.7 })).toBe(1);
    expect(decimalsOf({ unit: 'index', decimals: 99 })).toBe(20);
  });
});

describe('asDisplayed', () => {
  it('rounds half away from zero on the shortest decimal form, unlike toFixed', () => {
    expect((1.45).toFixed(1)).toBe('1.4');
    expect(asDisplayed(1.45, 1)).toBe(1.5);
    expect(asDisplayed(-1.45, 1)).toBe(-1.5);
    expect(asDisplayed(74.96, SCORE_DECIMALS)).toBe(75);
    expect(asDisplayed(12345.678, 0)).toBe(12346);
  });
  it('leaves what is not a finite number as it is', () => {
    expect(asDisplayed(Infinity, 1)).toBe(Infinity);
    expect(asDisplayed(Number.NaN, 1)).toBeNaN();
  });
});

describe('displayedValue and shownPoint', () => {
  const churn = { unit: 'percent', decimals: 2 } as const;
  it("round a metric's value, and a point's value and interval, to its decimals", () => {
    expect(displayedValue(3.14159, churn)).toBe(3.14);
    expect(displayedValue(3.14159, 'percent')).toBe(3.1);
    expect(
      shownPoint({ period: '2026-11-16', value: 41.25, ciLow: 39.949, ciHigh: 42.551 }, 'points'),
    ).toEqual({ period: '2026-11-16', value: 41.3, ciLow: 39.9, ciHigh: 42.6 });
  });
  it('adds no interval to a point that has none', () => {
    expect(shownPoint({ value: 2.005 }, churn)).toEqual({ value: 2.01 });
  });
});
