// GET /v1/metrics?unit=&from=&to=&metric=: weekly values of every (or the named) metric for one unit.
import { http } from 'msw';
import type { MetricsResponse } from '@/api/schemas';
import {
  inWindow,
  readMetricIds,
  readUnitQuery,
  type HandlerContext,
  jsonResponse,
} from './context';
import { withFaults } from './faults';

export function metricsHandler(context: HandlerContext) {
  return http.get(
    '*/v1/metrics',
    withFaults('metrics', context, ({ request }) => {
      const query = readUnitQuery(request, context.data());
      if (query instanceof Response) return query;
      const metrics = readMetricIds(request);
      if (metrics instanceof Response) return metrics;
      const { data, unit, window } = query;
      const body: MetricsResponse = {
        unit,
        grain: 'week',
        series: data.metricSeries(unit, metrics).map((series) => ({
          metric: series.metric,
          points: series.points.filter((point) => inWindow(point.period, window)),
        })),
      };
      return jsonResponse(body);
    }),
  );
}
