// Shared loading, error and stale states, so no widget is ever blank and no figure silently old.
import type { DataQualityIssue } from '@/api/data-quality';
import { HttpError, isApiError } from '@/api/errors';

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

/** A time of day, with the date when it is not today: "09:40" or "18 Nov, 09:40". */
function clock(ms: number, locale: string, now = Date.now()): string {
  const d = new Date(ms);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return new Intl.DateTimeFormat(
    locale,
    sameDay
      ? { timeStyle: 'short' }
      : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  ).format(d);
}

/** The sentence of a stale marker: "Figures from 09:40 — updates failing since 09:52, retrying." */
export function staleSentence(
  updatedAt: number,
  error: unknown,
  locale: string,
  now = Date.now(),
): string {
  const since =
    isApiError(error) && error.failingSince != null
      ? ` since ${clock(error.failingSince, locale, now)}`
      : '';
  return `Figures from ${clock(updatedAt, locale, now)} — updates failing${since}, retrying.`;
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
    <div className="stale-notice" role="status" data-stale="true">
      <p>
        <span className="stale-notice__badge">
          <span aria-hidden="true">⚠ </span>Stale
        </span>{' '}
        {staleSentence(updatedAt, error, locale)}
      </p>
      <p className="stale-notice__detail">{describeError(error)}</p>
    </div>
  );
}

/** Says how many points were left out because they could not be plotted honestly. */
export function DataQualityNotice({ issues }: { issues: readonly DataQualityIssue[] | undefined }) {
  if (!issues?.length) return null;
  return (
    <details className="data-quality-notice" role="status">
      <summary>
        <span aria-hidden="true">⚠ </span>
        {issues.length} {issues.length === 1 ? 'point was' : 'points were'} left out: not a finite
        number or outside the metric's range
      </summary>
      <ul>
        {issues.slice(0, 20).map((i) => (
          <li key={`${i.series}-${i.period}-${i.problem}`}>
            {i.series}, {i.period}: {i.problem}
          </li>
        ))}
      </ul>
    </details>
  );
}
