// Annotations (initiatives, incidents, data issues, method changes) for one unit and period.
import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../client';
import { useQueryFromRender } from './fetch-during-render';
import type { PeriodQuery } from './pillars';

export const annotationsQueryOptions = ({ unit, from, to }: PeriodQuery) =>
  queryOptions({
    queryKey: ['annotations', { unit, from, to }],
    queryFn: ({ signal }) => apiClient().get('annotations', { unit, from, to }, { signal }),
  });

export function useAnnotations(query: PeriodQuery) {
  return useQueryFromRender(annotationsQueryOptions(query));
}
