// GET /v1/stages?unit=&from=&to=: quarterly stage assessments for one unit, with why.
import { http } from 'msw';
import type { StagesResponse } from '@/api/schemas';
import { inWindow, jsonResponse, readUnitQuery, type HandlerContext } from './context';
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
