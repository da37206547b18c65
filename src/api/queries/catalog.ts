// The catalog query: what exists (units, metrics, pillars, stages, targets) and how fresh the data is.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../client';
import { useFetchDuringRender } from './fetch-during-render';

export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) => apiClient().get('catalog', {}, { signal }),
  });

export function useCatalog() {
  const options = catalogQueryOptions();
  useFetchDuringRender([options]);
  return useQuery(options);
}
