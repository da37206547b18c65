// The health of the figures on screen, read from the query cache: when they were last updated
// successfully, how many of the API's endpoints are failing, and whether it is not answering.
import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { isApiError, TimeoutError } from '@/api/errors';

export interface QueryHealth {
  /** Latest successful update of any query in scope (ms), or 0 when there is none. */
  lastSuccessAt: number;
  /**
   * The API's endpoints (catalog, metrics, pillars, stages, annotations…) with a query on screen
   * whose latest fetch failed (it may still show older figures): twelve failing metric queries of
   * one endpoint count once. Only queries with an observer count: a query no view shows is not
   * refreshed, so its last error would stand long after the source recovered. It is fetched again,
   * and counted, once a view shows it.
   */
  failing: number;
  /**
   * Endpoints on screen whose request timed out and is being tried again: said at once, not after
   * the retries have run out (a minute or more on a hanging API).
   */
  notAnswering: number;
}

/** The endpoint a query asks: the one its error names (`GET /v1/metrics`), else its key's resource. */
export function endpointOf(query: Pick<Query, 'queryKey' | 'state'>): string {
  const error = query.state.error ?? query.state.fetchFailureReason;
  return isApiError(error) ? error.endpoint : String(query.queryKey[0]);
}

/**
 * The endpoints of a view's results that failed with nothing to show, named as in `endpointOf`
 * (`resource` for an error that names none): to count a summary's missing sources by endpoint.
 */
export function endpointsFailed(
  resource: string,
  results: readonly { isError: boolean; data?: unknown; error?: unknown }[],
): string[] {
  return results
    .filter((r) => r.isError && r.data === undefined)
    .map((r) => (isApiError(r.error) ? r.error.endpoint : resource));
}

/** The distinct endpoints among failing queries (the error it ended with), e.g. 12 queries → 2. */
export function failingEndpoints(
  queries: readonly Pick<Query, 'queryKey' | 'state'>[],
): Set<string> {
  return new Set(queries.map(endpointOf));
}

/**
 * `scope` decides which queries' updates count for `lastSuccessAt`: those on screen (`active`), or
 * every query kept in the cache (`all`: the wall, whose views show in turn, is updated as long as
 * any of them is).
 */
export function readQueryHealth(
  client: QueryClient,
  scope: 'active' | 'all' = 'active',
): QueryHealth {
  let lastSuccessAt = 0;
  const failing: Query[] = [];
  const notAnswering = new Set<string>();
  for (const q of client.getQueryCache().findAll(scope === 'active' ? { type: 'active' } : {})) {
    lastSuccessAt = Math.max(lastSuccessAt, q.state.dataUpdatedAt);
    if (!q.isActive()) continue;
    if (q.state.status === 'error') failing.push(q);
    // TanStack Query keeps the attempt's failure while it waits to try again.
    if (q.state.fetchStatus !== 'idle' && q.state.fetchFailureReason instanceof TimeoutError)
      notAnswering.add(endpointOf(q));
  }
  return {
    lastSuccessAt,
    failing: failingEndpoints(failing).size,
    notAnswering: notAnswering.size,
  };
}

/** Re-reads the health on every cache event; re-renders only when it changes. */
export function useQueryHealth(scope: 'active' | 'all' = 'active'): QueryHealth {
  const client = useQueryClient();
  const key = useSyncExternalStore(
    (notify) => client.getQueryCache().subscribe(notify),
    () => JSON.stringify(readQueryHealth(client, scope)),
  );
  return JSON.parse(key) as QueryHealth;
}
