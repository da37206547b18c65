// Annotations (initiatives, incidents, data issues, method changes) for one unit and period.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import type { ApiClient } from '../client';
import type { PeriodQuery } from './pillars';

export const annotationsQueryOptions = (api: ApiClient, { unit, from, to }: PeriodQuery) =>
  queryOptions({
    queryKey: ['annotations', { unit, from, to }],
    queryFn: ({ signal }) => api.get('annotations', { unit, from, to }, { signal }),
  });

export function useAnnotations(query: PeriodQuery) {
  return useQuery(annotationsQueryOptions(useApiClient(), query));
}
