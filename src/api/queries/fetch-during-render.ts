// Starts queries' first fetches while the component renders. TanStack Query's hooks start a fetch
// from the subscription effect, and the Preact runtime (see the README) runs effects only after the
// browser has painted: each step of a request waterfall (catalog, then headline figures, then what
// changed; a route's chunk, then its figures) waited a frame and a paint for its requests. Started
// here, they go out with the render; the hook's observer then picks the fetch in flight up.
//
// Only a query that has never been asked for is started (not one already fetched, in flight or
// failed), so calling this on every render costs one cache lookup per query; refetching stale
// figures stays with the observers. Unlike `usePrefetchQuery`, that includes a query the cache
// holds while it was disabled (an observer puts it there): it starts in the render that enables it,
// not in the effect after paint. The client's defaults apply (retries included).
import { useMemo } from 'react';
import {
  useQueries,
  useQuery,
  useQueryClient,
  type QueryKey,
  type QueryState,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { slimResults, type UnitQueryResult } from './slim-results';

interface StartableQuery {
  queryKey: QueryKey;
  queryFn?: unknown;
  enabled?: unknown;
}

/** Lists already looked at: a list kept by `useQueryList` is looked at once, not on every render. */
const startedLists = new WeakSet<readonly StartableQuery[]>();

export function useFetchDuringRender(queries: readonly StartableQuery[]): void {
  const client = useQueryClient();
  if (startedLists.has(queries)) return;
  startedLists.add(queries);
  for (const query of queries) {
    if (query.enabled === false || !neverAskedFor(client.getQueryState(query.queryKey))) continue;
    // Errors surface through the hook's observer, which shares this fetch.
    client.query(query as Parameters<typeof client.query>[0]).catch(() => undefined);
  }
}

/** No data, no error, no fetch in flight: not in the cache at all, or held there while disabled. */
function neverAskedFor(state: QueryState | undefined): boolean {
  return (
    state === undefined ||
    (state.status === 'pending' && state.fetchStatus === 'idle' && state.errorUpdateCount === 0)
  );
}

/** `useQuery`, its first fetch started during render. Every query hook of the app goes through it. */
export function useQueryFromRender<TData, TQueryKey extends QueryKey>(
  options: UseQueryOptions<TData, Error, TData, TQueryKey>,
): UseQueryResult<TData, Error> {
  useFetchDuringRender([options]);
  return useQuery(options);
}

/**
 * A list of queries, one per id (unit or metric), kept while the ids and the key stay the same. The
 * views build their id lists anew on every render, and a list view re-renders once per answer: a
 * large organisation's what changed, 60 times, each time building 60 query options and hashing
 * their keys (for the cache lookups here and TanStack's defaults) when nothing had changed.
 */
export function useQueryList<T>(
  ids: readonly string[],
  key: string,
  build: (id: string) => T,
): T[] {
  const joined = ids.join('\u0000');
  // Rebuilt from `joined`, not from `ids`, so the list changes only when an id does.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for what `build` reads
  return useMemo(() => (joined === '' ? [] : joined.split('\u0000')).map(build), [joined, key]);
}

/**
 * A list of queries, one per id (unit or metric), started during render, as slim results. The list
 * is kept by `useQueryList` (so `key` must name everything `build` reads besides the id).
 */
export function useQueriesFromRender<TData, TQueryKey extends QueryKey>(
  ids: readonly string[],
  key: string,
  build: (id: string) => UseQueryOptions<TData, Error, TData, TQueryKey>,
): UnitQueryResult<TData>[] {
  const queries = useQueryList(ids, key, build);
  useFetchDuringRender(queries);
  // The same `slimResults` function every time (TanStack memoises a stable combine), typed for TData.
  const combine = slimResults as (
    results: UseQueryResult<TData, Error>[],
  ) => UnitQueryResult<TData>[];
  // The kept list itself, not a copy: TanStack works out the queries' defaults again when it changes.
  return useQueries({ queries, combine });
}
