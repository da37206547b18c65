// GET /v1/pillars?unit=&from=&to=: monthly pillar assessments for one unit.
import { http } from 'msw';
import type { PillarsResponse } from '@/api/schemas';
import { inWindow, jsonResponse, readUnitQuery, type HandlerContext } from './context';
import { withFaults } from './faults';

export function pillarsHandler(context: HandlerContext) {
  return http.get(
    '*/v1/pillars',
    withFaults('pillars', context, ({ request }) => {
      const query = readUnitQuery(request, context.data());
      if (query instanceof Response) return query;
      const { data, unit, window } = query;
      const body: PillarsResponse = {
        unit,
        grain: 'month',
        series: data.pillarSeries(unit).map((series) => ({
          pillar: series.pillar,
          points: series.points.filter((point) => inWindow(point.period, window)),
        })),
      };
      return jsonResponse(body);
    }),
  );
}
