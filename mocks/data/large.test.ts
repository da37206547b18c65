// @vitest-environment node
import { catalogSchema } from '@/api/schemas';
import { resolveMockOptions } from '../options';
import { buildMockData } from './mock-data';

describe('the large data set (performance work)', () => {
  const data = buildMockData(resolveMockOptions({ asOf: '2026-11-20', size: 'large' }));
  const units = data.catalog.units.map((u) => u.id);

  it('has 60 units and the whole organisation, five years of weeks', () => {
    expect(() => catalogSchema.parse(data.catalog)).not.toThrow();
    expect(units).toHaveLength(61);
    expect(new Set(units).size).toBe(61);
    expect(data.weeks).toHaveLength(260);
  });

  // How fast it builds is measured by `npm run bench`, not asserted here: timed tests flake.
  it("builds every unit's weekly series and stages", () => {
    for (const unit of units) {
      expect(data.metricSeries(unit)).toHaveLength(11);
      expect(data.stagePoints(unit).length).toBeGreaterThan(15);
    }
  });

  it('tells the same story: mostly sensitivity or focus, one climbing, one slipping', () => {
    const latest = units.map((unit) => data.stagePoints(unit).at(-1)?.stage);
    const middle = latest.filter((s) => s === 'sensitivity' || s === 'focus').length;
    expect(middle / latest.length).toBeGreaterThan(0.9);
    const climbing = data.stagePoints(data.story.climbing);
    expect([climbing[0]?.stage, climbing.at(-1)?.stage]).toEqual(['awareness', 'focus']);
    const slipping = data.stagePoints(data.story.slipping);
    expect([slipping[0]?.stage, slipping.at(-1)?.stage]).toEqual(['focus', 'sensitivity']);
  });
});
