// Weekly metric series for one unit: the fetcher's query options and hook.
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiClient } from '../client';

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
    queryFn: ({ signal }) =>
      apiClient().get('metrics', { unit, metric: metrics.join(','), from, to }, signal),
  });

export function useMetrics(query: MetricsQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...metricsQueryOptions(query), enabled: options.enabled ?? true });
}

export function useMetricsForUnits(units: readonly string[], query: Omit<MetricsQuery, 'unit'>) {
  return useQueries({ queries: units.map((unit) => metricsQueryOptions({ unit, ...query })) });
}
