// Monthly pillar assessments for one unit, or for several units at once.
import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../client';
import { useQueriesFromRender, useQueryFromRender } from './fetch-during-render';
import { dropUnplottablePoints } from '../data-quality';

export interface PeriodQuery {
  unit: string;
  from?: string;
  to?: string;
}

export const pillarsQueryOptions = ({ unit, from, to }: PeriodQuery) =>
  queryOptions({
    queryKey: ['pillars', { unit, from, to }],
    queryFn: ({ signal }) =>
      apiClient().get(
        'pillars',
        { unit, from, to },
        {
          signal,
          // Pillar scores are 0–100 by the contract.
          sanitise: (body) =>
            dropUnplottablePoints(body, {
              seriesKey: 'pillar',
              valueKey: 'score',
              rangeOf: () => ({ min: 0, max: 100 }),
            }),
        },
      ),
  });

export function usePillars(query: PeriodQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQueryFromRender({ ...pillarsQueryOptions(query), enabled });
}

export function usePillarsForUnits(
  units: readonly string[],
  period: Omit<PeriodQuery, 'unit'>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const { from, to } = period;
  return useQueriesFromRender(units, `${from}|${to}|${enabled}`, (unit) => ({
    ...pillarsQueryOptions({ unit, from, to }),
    enabled,
  }));
}
