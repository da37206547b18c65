// Stage queries on the mock API: several units' stages in one GET /v1/unit-stages where the catalog
// offers it, unit by unit where it does not, and each unit's answer as GET /v1/stages would give it.
import type { http } from 'msw';
import { HttpResponse } from 'msw';
import { getMockData } from '@mocks/data/mock-data';
import { createMockServerWithControl } from '@mocks/node';
import type { MockOptions } from '@mocks/options';
import { askEveryUnitOnMock, TEST_API } from '@/test/ask-units-on-mock';
import { createApiClient } from '@/api/client';
import { stagesQueryOptions, stagesRead, unitStagesLoader } from '@/api/queries/stages';
import { GATHER_MS } from '@/api/queries/unit-batch';

const API = TEST_API;
const period = { from: '2026-01-01', to: '2026-11-20' };
const base: MockOptions = { asOf: '2026-11-20', latencyMs: 0 };
const mock = getMockData(base);
const unitIds = mock.catalog.units.map((u) => u.id);

function expectedPoints(unit: string) {
  return mock.stagePoints(unit).filter((p) => p.period >= period.from && p.period <= period.to);
}

/** A running mock, the paths it was asked for, and every unit's stages asked for at once. */
function askAllUnits(options: MockOptions, override?: Parameters<typeof http.get>) {
  return askEveryUnitOnMock(
    { ...base, ...options },
    unitIds,
    (unit, api, catalog) =>
      stagesQueryOptions(stagesRead(api, catalog.features), { unit, ...period }),
    override,
  );
}

/** Each unit's query answered with its own points, as GET /v1/stages gives them. */
function expectEveryUnitsStages(results: readonly PromiseSettledResult<unknown>[]) {
  expect(results).toEqual(
    unitIds.map((unit) => ({
      status: 'fulfilled',
      value: { unit, grain: 'quarter', points: expectedPoints(unit) },
    })),
  );
}

describe('stage queries', () => {
  it('ask for every unit in one request where the catalog offers unit-stages', async () => {
    const { asked, results } = await askAllUnits({});
    expect(asked).toEqual(['/v1/unit-stages']);
    expectEveryUnitsStages(results);
  });

  it('ask unit by unit where the catalog does not name it, with the same answers', async () => {
    const { asked, results } = await askAllUnits({ features: [] });
    expect(asked).toEqual(unitIds.map(() => '/v1/stages'));
    expectEveryUnitsStages(results);
  });

  it('ask unit by unit when the batch answer breaks the contract, so one bad unit fails no other', async () => {
    const { asked, results } = await askAllUnits({}, [
      `${API}/v1/unit-stages`,
      () =>
        HttpResponse.json({
          grain: 'quarter',
          units: unitIds.map((unit, i) => ({
            unit,
            points: i === 0 ? [{ period: 'soon', score: 'high' }] : expectedPoints(unit),
          })),
        }),
    ]);
    expect(asked[0]).toBe('/v1/unit-stages');
    expect(asked.slice(1).sort()).toEqual(unitIds.map(() => '/v1/stages'));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
  });

  it('ask unit by unit when a server that names unit-stages turns the request down (404)', async () => {
    const { asked, results } = await askAllUnits({}, [
      `${API}/v1/unit-stages`,
      () =>
        HttpResponse.json(
          { error: { code: 'not-found', message: 'no such path' } },
          { status: 404 },
        ),
    ]);
    expect(asked[0]).toBe('/v1/unit-stages');
    expect(asked.slice(1)).toEqual(unitIds.map(() => '/v1/stages'));
    expectEveryUnitsStages(results);
  });

  it('fail every unit of the batch with its error when the server is down (503)', async () => {
    const { asked, results } = await askAllUnits({ scenario: 'stages:503' });
    expect(asked).toEqual(['/v1/unit-stages']);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect(String((result as PromiseRejectedResult).reason)).toContain(
        'GET /v1/unit-stages: HTTP 503',
      );
    }
  });

  it('gather units asked for a few milliseconds apart (refresh timers) into one request', async () => {
    const mockApi = createMockServerWithControl(base);
    const asked: string[] = [];
    mockApi.server.events.on('request:start', ({ request }) => {
      asked.push(new URL(request.url).pathname);
    });
    mockApi.server.listen({ onUnhandledRequest: 'error' });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const loader = unitStagesLoader(createApiClient({ baseUrl: API, timeoutMs: 5_000 }));
      const first = loader.load('retail', period.from, period.to);
      vi.advanceTimersByTime(GATHER_MS / 2);
      const second = loader.load('online', period.from, period.to);
      expect(asked).toEqual([]);
      vi.advanceTimersByTime(GATHER_MS / 2);
      vi.useRealTimers();
      await expect(first).resolves.toMatchObject({
        unit: 'retail',
        points: expectedPoints('retail'),
      });
      await expect(second).resolves.toMatchObject({
        unit: 'online',
        points: expectedPoints('online'),
      });
      expect(asked).toEqual(['/v1/unit-stages']);
    } finally {
      vi.useRealTimers();
      mockApi.server.close();
    }
  });
});
