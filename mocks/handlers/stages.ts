// GET /v1/stages?unit=&from=&to=: quarterly stage assessments for one unit, with why.
import { http } from 'msw';
import { UNIT_STAGES_FEATURE, type StagesResponse, type UnitStagesResponse } from '@/api/schemas';
import { inWindow, jsonResponse, readUnitQuery, type HandlerContext } from './context';
import { withFaults } from './faults';
import { unitBatchHandler } from './unit-batch';

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
  return unitBatchHandler<Pick<UnitStagesResponse['units'][number], 'points'>>(context, {
    feature: UNIT_STAGES_FEATURE,
    faultsOf: 'stages',
    endpoint: 'unitStages',
    grain: 'quarter',
    entry: (data, unit, window) => ({
      points: data.stagePoints(unit).filter((point) => inWindow(point.period, window)),
    }),
  });
}
