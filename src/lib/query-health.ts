// The health of the figures on screen, read from the query cache: when they were last updated
// successfully and how many sources are failing.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

export interface QueryHealth {
  /** Latest successful update of any query in the cache (ms), or 0 when there is none. */
  lastSuccessAt: number;
  /** Queries whose latest fetch failed (they may still show older figures). */
  failing: number;
  /** Queries in the cache with figures. */
  withData: number;
}

export function readQueryHealth(
  client: QueryClient,
  scope: 'active' | 'all' = 'active',
): QueryHealth {
  let lastSuccessAt = 0;
  let failing = 0;
  let withData = 0;
  for (const q of client.getQueryCache().findAll(scope === 'active' ? { type: 'active' } : {})) {
    lastSuccessAt = Math.max(lastSuccessAt, q.state.dataUpdatedAt);
    if (q.state.status === 'error') failing += 1;
    if (q.state.data !== undefined) withData += 1;
  }
  return { lastSuccessAt, failing, withData };
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
