// GET /v1/pillars?unit=&from=&to=: monthly pillar assessments for one unit; and the optional batch
// GET /v1/unit-pillars for several units at once.
import { http } from 'msw';
import {
  UNIT_PILLARS_FEATURE,
  type PillarsResponse,
  type UnitPillarsResponse,
} from '@/api/schemas';
import type { MockData } from '../data/mock-data';
import {
  inWindow,
  jsonResponse,
  readUnitQuery,
  type HandlerContext,
  type PeriodWindow,
} from './context';
import { withFaults } from './faults';
import { unitBatchHandler } from './unit-batch';

function seriesOf(data: MockData, unit: string, window: PeriodWindow): PillarsResponse['series'] {
  return data.pillarSeries(unit).map((series) => ({
    pillar: series.pillar,
    points: series.points.filter((point) => inWindow(point.period, window)),
  }));
}

export function pillarsHandler(context: HandlerContext) {
  return http.get(
    '*/v1/pillars',
    withFaults('pillars', context, ({ request }) => {
      const query = readUnitQuery(request, context.data());
      if (query instanceof Response) return query;
      const { data, unit, window } = query;
      const body: PillarsResponse = { unit, grain: 'month', series: seriesOf(data, unit, window) };
      return jsonResponse(body);
    }),
  );
}

/**
 * GET /v1/unit-pillars?units=&from=&to=: the contract's optional batch read, offered when the
 * catalog's `features` names it: several units' pillar assessments in one answer, each as
 * GET /v1/pillars gives it. It plays the faults of pillars (a scenario's "pillars:503" fails it too).
 */
export function unitPillarsHandler(context: HandlerContext) {
  return unitBatchHandler<Pick<UnitPillarsResponse['units'][number], 'series'>>(context, {
    feature: UNIT_PILLARS_FEATURE,
    faultsOf: 'pillars',
    endpoint: 'unitPillars',
    grain: 'month',
    entry: (data, unit, window) => ({ series: seriesOf(data, unit, window) }),
  });
}
