// Pillar queries on the mock API: several units' pillars in one GET /v1/unit-pillars where the
// catalog offers it, unit by unit where it does not, and each unit's answer as GET /v1/pillars gives it.
import type { http } from 'msw';
import { HttpResponse } from 'msw';
import { getMockData } from '@mocks/data/mock-data';
import type { MockOptions } from '@mocks/options';
import { askEveryUnitOnMock, TEST_API } from '@/test/ask-units-on-mock';
import { pillarsQueryOptions, pillarsRead } from '@/api/queries/pillars';

const API = TEST_API;
const period = { from: '2026-06-01', to: '2026-11-30' };
const base: MockOptions = { asOf: '2026-11-20', latencyMs: 0 };
const mock = getMockData(base);
const unitIds = mock.catalog.units.map((u) => u.id);

function expectedSeries(unit: string) {
  return mock.pillarSeries(unit).map((s) => ({
    pillar: s.pillar,
    points: s.points.filter((p) => p.period >= period.from && p.period <= period.to),
  }));
}

function askAllUnits(options: MockOptions, override?: Parameters<typeof http.get>) {
  return askEveryUnitOnMock(
    { ...base, ...options },
    unitIds,
    (unit, api, catalog) =>
      pillarsQueryOptions(pillarsRead(api, catalog.features), { unit, ...period }),
    override,
  );
}

function expectEveryUnitsPillars(results: readonly PromiseSettledResult<unknown>[]) {
  expect(results).toEqual(
    unitIds.map((unit) => ({
      status: 'fulfilled',
      value: { unit, grain: 'month', series: expectedSeries(unit) },
    })),
  );
}

describe('pillar queries', () => {
  it('ask for every unit in one request where the catalog offers unit-pillars', async () => {
    const { asked, results } = await askAllUnits({});
    expect(asked).toEqual(['/v1/unit-pillars']);
    expectEveryUnitsPillars(results);
  });

  it('ask unit by unit where the catalog does not name it, with the same answers', async () => {
    const { asked, results } = await askAllUnits({ features: ['unit-stages'] });
    expect(asked).toEqual(unitIds.map(() => '/v1/pillars'));
    expectEveryUnitsPillars(results);
  });

  it('ask unit by unit when the batch answer breaks the contract', async () => {
    const { asked, results } = await askAllUnits({}, [
      `${API}/v1/unit-pillars`,
      () => HttpResponse.json({ grain: 'month', units: [{ unit: unitIds[0], series: 'none' }] }),
    ]);
    expect(asked).toEqual(['/v1/unit-pillars', ...unitIds.map(() => '/v1/pillars')]);
    expectEveryUnitsPillars(results);
  });

  it("keeps a unit's unplottable score with that unit's answer, as a data-quality notice", async () => {
    const { results } = await askAllUnits({}, [
      `${API}/v1/unit-pillars`,
      () =>
        HttpResponse.json({
          grain: 'month',
          units: unitIds.map((unit, i) => {
            const series = expectedSeries(unit);
            if (i === 1) series[0]!.points[0]!.score = 180;
            return { unit, series };
          }),
        }),
    ]);
    const quality = results.map((r) =>
      r.status === 'fulfilled' ? (r.value as { dataQuality?: unknown[] }).dataQuality : 'failed',
    );
    expect(quality[1]).toEqual([
      expect.objectContaining({ series: expectedSeries(unitIds[1]!)[0]!.pillar }),
    ]);
    expect(quality.filter((q) => q !== undefined)).toHaveLength(1);
  });

  it('fail every unit of the batch on a server error, each with its own error', async () => {
    const { asked, results } = await askAllUnits({ scenario: 'pillars:500' });
    expect(asked).toEqual(['/v1/unit-pillars']);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
  });
});
