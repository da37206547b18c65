// When the figures on screen were last updated, whether updating works, and a button to refresh now.
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useQueryHealth } from '@/lib/query-health';

export function RefreshControl({ locale }: { locale: string }) {
  const client = useQueryClient();
  const fetching = useIsFetching() > 0;
  const health = useQueryHealth();
  const time = health.lastSuccessAt
    ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(health.lastSuccessAt)
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
