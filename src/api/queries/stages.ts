// Quarterly stage assessments for one unit, or for several units at once.
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiClient } from '../client';
import { useFetchDuringRender } from './fetch-during-render';
import { slimResults } from './slim-results';
import type { PeriodQuery } from './pillars';

export const stagesQueryOptions = ({ unit, from, to }: PeriodQuery) =>
  queryOptions({
    queryKey: ['stages', { unit, from, to }],
    queryFn: ({ signal }) => apiClient().get('stages', { unit, from, to }, { signal }),
  });

export function useStages(query: PeriodQuery) {
  const options = stagesQueryOptions(query);
  useFetchDuringRender([options]);
  return useQuery(options);
}

export function useStagesForUnits(
  units: readonly string[],
  period: Omit<PeriodQuery, 'unit'>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const queries = units.map((unit) => ({ ...stagesQueryOptions({ unit, ...period }), enabled }));
  useFetchDuringRender(queries);
  return useQueries({ queries, combine: slimResults });
}
