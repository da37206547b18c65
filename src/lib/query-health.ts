// The health of the figures on screen, read from the query cache: when they were last updated
// successfully and how many sources are failing.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

export interface QueryHealth {
  /** Latest successful update of any query in scope (ms), or 0 when there is none. */
  lastSuccessAt: number;
  /**
   * Queries on screen whose latest fetch failed (they may still show older figures). Only queries
   * with an observer count: a query no view shows is not refreshed, so its last error would stand
   * long after the source recovered. It is fetched again, and counted, once a view shows it.
   */
  failing: number;
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
  let failing = 0;
  for (const q of client.getQueryCache().findAll(scope === 'active' ? { type: 'active' } : {})) {
    lastSuccessAt = Math.max(lastSuccessAt, q.state.dataUpdatedAt);
    if (q.state.status === 'error' && q.isActive()) failing += 1;
  }
  return { lastSuccessAt, failing };
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
