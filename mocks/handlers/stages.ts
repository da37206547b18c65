// GET /v1/stages?unit=&from=&to=: quarterly stage assessments for one unit, with why.
import { http } from 'msw';
import { UNIT_STAGES_FEATURE, type StagesResponse, type UnitStagesResponse } from '@/api/schemas';
import {
  inWindow,
  jsonResponse,
  notFound,
  readUnitQuery,
  readUnitsQuery,
  type HandlerContext,
} from './context';
import { withFaults } from './faults';

export function stagesHandler(context: HandlerContext) {
  return http.get(
    '*/v1/stages',
    withFaults('stages', context, ({ request }) => {
      const query = readUnitQuery(request, context.data());
      if (query instanceof Response) return query;
      const { data, unit, window } = query;
      const body: StagesResponse = {
        unit,
        grain: 'quarter',
        points: data.stagePoints(unit).filter((point) => inWindow(point.period, window)),
      };
      return jsonResponse(body);
    }),
  );
}

/**
 * GET /v1/unit-stages?units=&from=&to=: the contract's optional batch read, offered when the catalog's
 * `features` names it: several units' stage assessments in one answer, each as GET /v1/stages gives
 * it. It plays the faults of stages (a scenario's "stages:503" fails it too).
 */
export function unitStagesHandler(context: HandlerContext) {
  return http.get(
    '*/v1/unit-stages',
    withFaults(
      'stages',
      context,
      ({ request }) => {
        if (!context.features.includes(UNIT_STAGES_FEATURE)) {
          return notFound("unit-stages: not offered by this server (see the catalog's features)");
        }
        const data = context.data();
        const query = readUnitsQuery(request, data);
        if (query instanceof Response) return query;
        const { units, window } = query;
        const body: UnitStagesResponse = {
          grain: 'quarter',
          units: units.map((unit) => ({
            unit,
            points: data.stagePoints(unit).filter((point) => inWindow(point.period, window)),
          })),
        };
        return jsonResponse(body);
      },
      'unitStages',
    ),
  );
}
