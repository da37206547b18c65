// Weekly metric series for one unit (or several units): the fetcher's query options and hooks.
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiClient } from '../api-client-context';
import type { ApiClient } from '../client';
import { dropUnplottablePoints, type WithQuality } from '../data-quality';
import type { Catalog, MetricDefinition, MetricsResponse } from '../schemas';
import { useFromCatalog } from './catalog';
import { slimResults } from './slim-results';
import { useSameIds } from './use-same-ids';

export interface MetricsQuery {
  unit: string;
  /** Metric ids; all metrics when empty. */
  metrics: readonly string[];
  from?: string;
  to?: string;
}

/** The catalog's metrics as a metrics query needs them: the range outside which a point is unplottable. */
export type MetricRanges = readonly Pick<MetricDefinition, 'id' | 'min' | 'max'>[];

/**
 * The query for some metrics' series. The ranges come from the catalog, passed in (not looked up in
 * the cache), and the key names those of the metrics asked for: they decide which points are dropped.
 */
export const metricsQueryOptions = (
  api: ApiClient,
  catalogMetrics: MetricRanges,
  { unit, metrics, from, to }: MetricsQuery,
) => {
  const asked = metrics.length ? new Set(metrics) : null;
  const known = catalogMetrics.filter((m) => asked?.has(m.id) ?? true);
  const ranges = known.map((m) => `${m.id}:${m.min}..${m.max}`).join(',');
  return queryOptions({
    queryKey: ['metrics', { unit, metrics: metrics.join(','), from, to, ranges }],
    queryFn: ({ signal }) =>
      api.get(
        'metrics',
        { unit, metric: metrics.join(','), from, to },
        {
          signal,
          sanitise: (body) =>
            dropUnplottablePoints(body, {
              seriesKey: 'metric',
              valueKey: 'value',
              rangeOf: (id) => known.find((m) => m.id === id) ?? null,
            }),
        },
      ),
  });
};

const metricsOf = (catalog: Catalog) => catalog.metrics;

/**
 * The API client and the catalog's metrics, for the metric hooks. Until the catalog is in the cache
 * (every view asks for it first) their queries wait, rather than ask without the ranges.
 */
function useMetricsSource() {
  const api = useApiClient();
  const catalogMetrics = useFromCatalog(metricsOf);
  return { api, catalogMetrics: catalogMetrics ?? [], enabled: catalogMetrics !== undefined };
}

export function useMetrics(query: MetricsQuery) {
  const { api, catalogMetrics, enabled } = useMetricsSource();
  return useQuery({ ...metricsQueryOptions(api, catalogMetrics, query), enabled });
}

type MetricsResult = WithQuality<MetricsResponse>;

/**
 * The headline metrics of one unit, one query each (so a tile's failure stays the tile's): the same
 * queries behind the tiles, what changed, the review's cards and the wall, answered once from the cache.
 */
export function useHeadlineMetrics(
  unit: string,
  headlines: readonly { id: string }[],
  from: string,
) {
  const { api, catalogMetrics, enabled } = useMetricsSource();
  const ids = useSameIds(headlines.map((m) => m.id));
  // Kept while nothing they are made of changes: the views re-render once per answer.
  const queries = useMemo(
    () =>
      ids.map((metric) => ({
        ...metricsQueryOptions(api, catalogMetrics, { unit, metrics: [metric], from }),
        enabled,
      })),
    [ids, api, catalogMetrics, enabled, unit, from],
  );
  return useQueries({ queries, combine: slimResults<MetricsResult> });
}

export function useMetricsForUnits(units: readonly string[], query: Omit<MetricsQuery, 'unit'>) {
  const { from, to } = query;
  const { api, catalogMetrics, enabled } = useMetricsSource();
  const ids = useSameIds(units);
  const metrics = useSameIds(query.metrics);
  // Kept while nothing they are made of changes: a 60-unit view re-renders once per answer.
  const queries = useMemo(
    () =>
      ids.map((unit) => ({
        ...metricsQueryOptions(api, catalogMetrics, { unit, metrics, from, to }),
        enabled,
      })),
    [ids, api, catalogMetrics, enabled, metrics, from, to],
  );
  return useQueries({ queries, combine: slimResults<MetricsResult> });
}
