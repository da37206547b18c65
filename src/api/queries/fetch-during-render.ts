// Starts queries' first fetches while the component renders. TanStack Query's hooks start a fetch
// from the subscription effect, and the Preact runtime (see the README) runs effects only after the
// browser has painted: each step of a request waterfall (catalog, then headline figures, then what
// changed; a route's chunk, then its figures) waited a frame and a paint for its requests. Started
// here, they go out with the render; the hook's observer then picks the fetch in flight up.
//
// As `usePrefetchQuery` does: only a query with nothing in the cache is started (not one already
// fetched, in flight or failed), so calling this on every render costs one cache lookup per query;
// refetching stale figures stays with the observers. The client's defaults apply (retries included).
import { useQueryClient, type QueryKey } from '@tanstack/react-query';

interface StartableQuery {
  queryKey: QueryKey;
  queryFn?: unknown;
  enabled?: unknown;
}

export function useFetchDuringRender(queries: readonly StartableQuery[]): void {
  const client = useQueryClient();
  for (const query of queries) {
    if (query.enabled === false || client.getQueryState(query.queryKey)) continue;
    // Errors surface through the hook's observer, which shares this fetch.
    client.query(query as Parameters<typeof client.query>[0]).catch(() => undefined);
  }
}
