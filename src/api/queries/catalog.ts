// The catalog query: what exists (units, metrics, pillars, stages, targets) and how fresh the data is.
import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../client';
import { useQueryFromRender } from './fetch-during-render';

export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) => apiClient().get('catalog', {}, { signal }),
  });

export function useCatalog() {
  return useQueryFromRender(catalogQueryOptions());
}
