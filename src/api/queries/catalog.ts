// The catalog query: what exists (units, metrics, pillars, stages, targets) and how fresh the data is.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api-client-context';
import type { ApiClient } from '../client';
import type { Catalog } from '../schemas';

export const CATALOG_KEY = ['catalog'] as const;

export const catalogQueryOptions = (api: ApiClient) =>
  queryOptions({
    queryKey: CATALOG_KEY,
    queryFn: ({ signal }) => api.get('catalog', {}, { signal }),
  });

export function useCatalog() {
  return useQuery(catalogQueryOptions(useApiClient()));
}

/**
 * A part of the catalog for a hook that is not handed it: read from the cache, which every view
 * fills first, and followed as it changes, but never asked for from here.
 */
export function useFromCatalog<T>(
  /** A function kept from render to render (a module's own), so its answer is worked out once. */
  select: (catalog: Catalog) => T,
): T | undefined {
  // With its query function all the same: an observer's options become the query's, and a refetch
  // (an invalidation, say) must still know how to ask.
  return useQuery({ ...catalogQueryOptions(useApiClient()), enabled: false, select }).data;
}

const featuresOf = (catalog: Catalog) => catalog.features;

/** The optional reads the API offers (the catalog's `features`), for choosing how to ask. */
export function useCatalogFeatures(): readonly string[] | undefined {
  return useFromCatalog(featuresOf);
}
