// Shared loading, error and stale states, so no widget is ever blank and no figure silently old.
import { HttpError, isApiError } from '@/api/errors';
import { formatTimestamp } from '@/lib/dates';

/** Words for an error: what failed, without a stack trace. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    if (error instanceof HttpError) {
      if (error.status === 401) return `Access expired or missing (${error.message}).`;
      if (error.status === 403) return `Access not allowed (${error.message}).`;
    }
    if (error.kind === 'contract')
      return `The API sent data that breaks the contract: ${error.message}`;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Loading, and once a try has failed, what failed while it tries again: never a silent spinner. */
export function LoadingState({ what, failure }: { what: string; failure?: unknown }) {
  return (
    <div className="widget-state widget-state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>
        Loading {what}…
        {failure != null && (
          <span className="widget-state__detail">
            {' '}
            Retrying after a failure: {describeError(failure)}
          </span>
        )}
      </span>
    </div>
  );
}

export function ErrorState({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <div className="widget-state widget-state--error" role="alert">
      <p className="widget-state__title">{what} could not be loaded</p>
      <p className="widget-state__detail">{describeError(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <div className="widget-state widget-state--empty">{children}</div>;
}

/** Marks figures that are still shown although the last refresh failed. */
export function StaleNotice({
  updatedAt,
  error,
  locale,
}: {
  updatedAt: number;
  error: unknown;
  locale: string;
}) {
  return (
    <p className="stale-notice" role="status">
      <span aria-hidden="true">⚠ </span>
      Stale: figures from {formatTimestamp(new Date(updatedAt).toISOString(), locale)}; updating
      failed ({describeError(error)}), retrying.
    </p>
  );
}
