// Weekly metric series for one unit (or several units): the fetcher's query options and hooks.
import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../client';
import { useQueriesFromRender, useQueryFromRender } from './fetch-during-render';
import { dropUnplottablePoints } from '../data-quality';
import { catalogQueryOptions } from './catalog';

export interface MetricsQuery {
  unit: string;
  /** Metric ids; all metrics when empty. */
  metrics: readonly string[];
  from?: string;
  to?: string;
}

export const metricsQueryOptions = ({ unit, metrics, from, to }: MetricsQuery) =>
  queryOptions({
    queryKey: ['metrics', { unit, metrics: metrics.join(','), from, to }],
    queryFn: async ({ signal, client }) => {
      // Each metric's range comes from the catalog, usually already in the cache: read at once then,
      // so the request goes out with the render that asks for it, not after it (an await would wait
      // for the rest of the render and its layout).
      const catalog =
        client.getQueryData(catalogQueryOptions().queryKey) ??
        (await client.ensureQueryData(catalogQueryOptions()));
      const ranges = new Map(catalog.metrics.map((m) => [m.id, { min: m.min, max: m.max }]));
      return apiClient().get(
        'metrics',
        { unit, metric: metrics.join(','), from, to },
        {
          signal,
          sanitise: (body) =>
            dropUnplottablePoints(body, {
              seriesKey: 'metric',
              valueKey: 'value',
              rangeOf: (id) => ranges.get(id) ?? null,
            }),
        },
      );
    },
  });

export function useMetrics(query: MetricsQuery) {
  return useQueryFromRender(metricsQueryOptions(query));
}

/**
 * The headline metrics of one unit, one query each (so a tile's failure stays the tile's): the same
 * queries behind the tiles, what changed, the review's cards and the wall, answered once from the cache.
 */
export function useHeadlineMetrics(
  unit: string,
  headlines: readonly { id: string }[],
  from: string,
) {
  return useQueriesFromRender(
    headlines.map((m) => m.id),
    `${unit}|${from}`,
    (metric) => metricsQueryOptions({ unit, metrics: [metric], from }),
  );
}

export function useMetricsForUnits(units: readonly string[], query: Omit<MetricsQuery, 'unit'>) {
  const { metrics, from, to } = query;
  return useQueriesFromRender(units, `${metrics.join(',')}|${from}|${to}`, (unit) =>
    metricsQueryOptions({ unit, metrics, from, to }),
  );
}
