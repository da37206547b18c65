// When the figures on screen were last updated, whether updating works, and a button to refresh now.
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

interface Health {
  /** Latest successful update of any query on screen (ms), or 0. */
  updatedAt: number;
  /** Queries on screen whose last refresh failed while they still show older figures or none. */
  failing: number;
}

function readHealth(client: ReturnType<typeof useQueryClient>): Health {
  let updatedAt = 0;
  let failing = 0;
  for (const q of client.getQueryCache().findAll({ type: 'active' })) {
    updatedAt = Math.max(updatedAt, q.state.dataUpdatedAt);
    if (q.state.status === 'error') failing += 1;
  }
  return { updatedAt, failing };
}

export function RefreshControl({ locale }: { locale: string }) {
  const client = useQueryClient();
  const fetching = useIsFetching() > 0;
  // Re-read on every cache event; the result is compared by value to avoid re-renders.
  const key = useSyncExternalStore(
    (notify) => client.getQueryCache().subscribe(notify),
    () => JSON.stringify(readHealth(client)),
  );
  const health = JSON.parse(key) as Health;
  const time = health.updatedAt
    ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(health.updatedAt)
    : null;

  return (
    <div className={`refresh-control${health.failing ? ' refresh-control--failing' : ''}`}>
      <span className="refresh-control__status" role="status">
        {health.failing ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {health.failing} {health.failing === 1 ? 'source is' : 'sources are'} failing
          </>
        ) : fetching ? (
          'Updating…'
        ) : time ? (
          `Updated ${time}`
        ) : null}
      </span>
      <button
        type="button"
        className="link-button"
        disabled={fetching}
        onClick={() => void client.refetchQueries({ type: 'active' })}
      >
        Refresh now
      </button>
    </div>
  );
}
