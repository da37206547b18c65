// Quarterly stage assessments for one unit, or for several units at once.
import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../client';
import { useQueriesFromRender, useQueryFromRender } from './fetch-during-render';
import type { PeriodQuery } from './pillars';

export const stagesQueryOptions = ({ unit, from, to }: PeriodQuery) =>
  queryOptions({
    queryKey: ['stages', { unit, from, to }],
    queryFn: ({ signal }) => apiClient().get('stages', { unit, from, to }, { signal }),
  });

export function useStages(query: PeriodQuery) {
  return useQueryFromRender(stagesQueryOptions(query));
}

export function useStagesForUnits(
  units: readonly string[],
  period: Omit<PeriodQuery, 'unit'>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const { from, to } = period;
  return useQueriesFromRender(units, `${from}|${to}|${enabled}`, (unit) => ({
    ...stagesQueryOptions({ unit, from, to }),
    enabled,
  }));
}
