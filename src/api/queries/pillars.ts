// Monthly pillar assessments for one unit, or for several units at once.
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiClient } from '../client';

export interface PeriodQuery {
  unit: string;
  from?: string;
  to?: string;
}

export const pillarsQueryOptions = ({ unit, from, to }: PeriodQuery) =>
  queryOptions({
    queryKey: ['pillars', { unit, from, to }],
    queryFn: ({ signal }) => apiClient().get('pillars', { unit, from, to }, signal),
  });

export function usePillars(query: PeriodQuery) {
  return useQuery(pillarsQueryOptions(query));
}

export function usePillarsForUnits(units: readonly string[], period: Omit<PeriodQuery, 'unit'>) {
  return useQueries({ queries: units.map((unit) => pillarsQueryOptions({ unit, ...period })) });
}
