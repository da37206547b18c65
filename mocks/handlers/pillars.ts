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
  notFound,
  readUnitQuery,
  readUnitsQuery,
  type HandlerContext,
} from './context';
import { withFaults } from './faults';

type Window = Parameters<typeof inWindow>[1];

function seriesOf(data: MockData, unit: string, window: Window): PillarsResponse['series'] {
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
  return http.get(
    '*/v1/unit-pillars',
    withFaults(
      'pillars',
      context,
      ({ request }) => {
        if (!context.features.includes(UNIT_PILLARS_FEATURE)) {
          return notFound("unit-pillars: not offered by this server (see the catalog's features)");
        }
        const data = context.data();
        const query = readUnitsQuery(request, data);
        if (query instanceof Response) return query;
        const { units, window } = query;
        const body: UnitPillarsResponse = {
          grain: 'month',
          units: units.map((unit) => ({ unit, series: seriesOf(data, unit, window) })),
        };
        return jsonResponse(body);
      },
      'unitPillars',
    ),
  );
}
