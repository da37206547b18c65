import {
  benjaminiHochberg,
  changePValue,
  compareEstimates,
  comparePoints,
  controlFamily,
  FDR_Q,
  isReportable,
  mean,
  pFromT,
  pFromZ,
  pointSe,
  seFromInterval,
  targetStatus,
  Z95,
  type Change,
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

describe('p-values', () => {
  it('gives the two-sided normal tail', () => {
    expect(pFromZ(Z95)).toBeCloseTo(0.05, 6);
    expect(pFromZ(-2.575829)).toBeCloseTo(0.01, 6);
    expect(pFromZ(3.890592) / 1e-4).toBeCloseTo(1, 3);
    expect(pFromZ(0)).toBe(1);
    expect(pFromZ(Infinity)).toBe(0);
  });
  it("gives Student's two-sided t tail", () => {
    expect(pFromT(12.706, 1)).toBeCloseTo(0.05, 4);
    expect(pFromT(2.228139, 10)).toBeCloseTo(0.05, 6);
    expect(pFromT(-4.032143, 5)).toBeCloseTo(0.01, 6);
    expect(pFromT(1.96, 1e6)).toBeCloseTo(0.05, 4);
  });
});

describe('benjaminiHochberg', () => {
  it('finds the largest rank whose p is within k·q/m, and every smaller p with it', () => {
    // m = 5: thresholds 0.01, 0.02, 0.03, 0.04, 0.05.
    expect(benjaminiHochberg([0.04, 0.011, 0.5, 0.03, 0.001])).toEqual([
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(benjaminiHochberg([0.011, 0.5, 0.8, 0.9, 0.95])).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('leaves untested entries out of the family', () => {
    expect(benjaminiHochberg([0.02, null, null, null])).toEqual([true, false, false, false]);
  });
});

describe('controlFamily', () => {
  const change = (z: number): Change => ({
    verdict: Math.abs(z) > Z95 ? (z > 0 ? 'better' : 'worse') : 'no-significant-change',
    delta: z,
    z,
  });
  it('keeps a change that is significant alone, and drops it among many tests', () => {
    expect(controlFamily([change(2.5)]).changes[0]!.verdict).toBe('better');
    const many = controlFamily([change(2.5), ...Array.from({ length: 239 }, () => change(0.3))]);
    expect(many.changes[0]!.verdict).toBe('no-significant-change');
    expect(many.tests).toBe(240);
  });
  it('keeps a change strong enough for the family', () => {
    const many = controlFamily([change(-4.5), ...Array.from({ length: 239 }, () => change(0.3))]);
    expect(many.changes[0]!.verdict).toBe('worse');
  });
  it('counts untested changes out', () => {
    const untested: Change = { verdict: 'untested', delta: 1, z: null };
    expect(controlFamily([untested, change(1)]).tests).toBe(1);
  });
});

describe('isReportable', () => {
  it('needs a value and at least the minimum sample', () => {
    expect(isReportable({ period: '2026-11-16', value: 30, n: 50 }, 50)).toBe(true);
    expect(isReportable({ period: '2026-11-16', value: 30, n: 49 }, 50)).toBe(false);
    expect(isReportable({ period: '2026-11-16', value: null, n: 400 }, 50)).toBe(false);
    expect(isReportable(undefined, 50)).toBe(false);
  });
});

describe('changePValue', () => {
  it('is the two-sided p of the change’s z, and none for an untested change', () => {
    expect(changePValue({ verdict: 'better', delta: 2, z: Z95 })).toBeCloseTo(0.05, 6);
    expect(changePValue({ verdict: 'worse', delta: -2, z: -Z95 })).toBeCloseTo(0.05, 6);
    expect(changePValue({ verdict: 'not-comparable', delta: null, z: null })).toBeNull();
    expect(FDR_Q).toBe(0.05);
  });
});
