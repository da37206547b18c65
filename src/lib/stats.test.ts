import {
  compareEstimates,
  comparePoints,
  mean,
  pointSe,
  seFromInterval,
  targetStatus,
} from './stats';

describe('seFromInterval', () => {
  it('recovers the standard error from a 95% interval', () => {
    // NPS at n=100 moves about ±14 points at 95%: se ≈ 7.1
    expect(seFromInterval(16, 44)).toBeCloseTo(7.14, 2);
  });
  it('is absent for a point without an interval', () => {
    expect(pointSe({})).toBeNull();
  });
});

describe('compareEstimates', () => {
  const se = seFromInterval(-7, 7); // ±7 at 95%, like NPS at n=400
  it('calls a difference beyond 1.96·√(seA²+seB²) a change', () => {
    // threshold = 1.96 · √2 · 3.57 ≈ 9.9 points
    expect(compareEstimates({ value: 40, se }, { value: 30, se }, 'higher-is-better').verdict).toBe(
      'better',
    );
    expect(compareEstimates({ value: 20, se }, { value: 30, se }, 'higher-is-better').verdict).toBe(
      'worse',
    );
  });
  it('calls a difference within noise no significant change', () => {
    const change = compareEstimates({ value: 39, se }, { value: 30, se }, 'higher-is-better');
    expect(change.verdict).toBe('no-significant-change');
    expect(change.delta).toBe(9);
  });
  it('colours lower-is-better metrics the right way round', () => {
    expect(
      compareEstimates({ value: 1.2, se: 0.05 }, { value: 1.6, se: 0.05 }, 'lower-is-better')
        .verdict,
    ).toBe('better');
    expect(
      compareEstimates({ value: 1.9, se: 0.05 }, { value: 1.6, se: 0.05 }, 'lower-is-better')
        .verdict,
    ).toBe('worse');
  });
  it('does not test significance without intervals', () => {
    expect(
      compareEstimates({ value: 5, se: null }, { value: 3, se: 1 }, 'higher-is-better'),
    ).toEqual({
      verdict: 'untested',
      delta: 2,
      z: null,
    });
  });
});

describe('comparePoints', () => {
  const p = (value: number | null, n: number) => ({
    period: '2026-11-09',
    value,
    n,
    ciLow: (value ?? 0) - 5,
    ciHigh: (value ?? 0) + 5,
  });
  it('makes no change call for a low-sample week', () => {
    expect(comparePoints(p(50, 40), p(30, 400), 'higher-is-better', 50).verdict).toBe(
      'not-comparable',
    );
  });
  it('makes no change call across a gap', () => {
    expect(comparePoints(p(50, 400), p(null, 0), 'higher-is-better', 50)).toEqual({
      verdict: 'not-comparable',
      delta: null,
      z: null,
    });
  });
  it('compares reportable weeks', () => {
    expect(comparePoints(p(50, 400), p(30, 400), 'higher-is-better', 50).verdict).toBe('better');
  });
});

describe('targetStatus', () => {
  const point = { value: 31.4, ciLow: 27.9, ciHigh: 34.9 };
  it('is at risk when the target lies inside the interval', () => {
    expect(targetStatus(point, 33, 'higher-is-better')).toBe('at-risk');
  });
  it('is off track when the interval lies wholly on the bad side', () => {
    expect(targetStatus(point, 35, 'higher-is-better')).toBe('off-track');
  });
  it('is on track when the interval lies wholly on the good side', () => {
    expect(targetStatus(point, 25, 'higher-is-better')).toBe('on-track');
    expect(targetStatus(point, 40, 'lower-is-better')).toBe('on-track');
  });
});

describe('mean', () => {
  it('ignores gaps', () => {
    expect(mean([1, null, 3, undefined])).toBe(2);
    expect(mean([null])).toBeNull();
  });
});
