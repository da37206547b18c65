import { dropUnplottablePoints } from './data-quality';

describe('dropUnplottablePoints', () => {
  const body = () => ({
    unit: 'all',
    series: [
      {
        metric: 'loyalty-index',
        points: [
          { period: '2026-11-02', value: 31, n: 400 },
          { period: '2026-11-09', value: JSON.parse('1e999') as number, n: 400 },
          { period: '2026-11-16', value: 250, n: 400 },
          { period: '2026-11-23', value: null, n: 0 },
        ],
      },
      { metric: 'unknown-metric', points: [{ period: '2026-11-16', value: 9999, n: 1 }] },
    ],
  });
  const rangeOf = (id: string) => (id === 'loyalty-index' ? { min: -100, max: 100 } : null);

  it('drops non-finite and out-of-range points, keeps gaps, and says what it dropped', () => {
    const b = body();
    const issues = dropUnplottablePoints(b, { seriesKey: 'metric', valueKey: 'value', rangeOf });
    expect(b.series[0]!.points.map((p) => p.period)).toEqual(['2026-11-02', '2026-11-23']);
    expect(issues).toEqual([
      {
        series: 'loyalty-index',
        period: '2026-11-09',
        problem: 'value Infinity is not a finite number',
      },
      {
        series: 'loyalty-index',
        period: '2026-11-16',
        problem: 'value 250 is outside \u2212100…100',
      },
    ]);
  });

  it('leaves series without a known range alone, and bodies that are not series to the schema', () => {
    const b = body();
    dropUnplottablePoints(b, { seriesKey: 'metric', valueKey: 'value', rangeOf });
    expect(b.series[1]!.points).toHaveLength(1);
    expect(
      dropUnplottablePoints(
        { series: 'nope' },
        { seriesKey: 'metric', valueKey: 'value', rangeOf },
      ),
    ).toEqual([]);
    expect(
      dropUnplottablePoints(null, { seriesKey: 'metric', valueKey: 'value', rangeOf }),
    ).toEqual([]);
  });
});
