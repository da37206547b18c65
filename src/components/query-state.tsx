// Shared loading, error and stale states, so no widget is ever blank and no figure silently old.
import type { DataQualityIssue } from '@/api/data-quality';
import { HttpError, isApiError, TimeoutError } from '@/api/errors';
import { sourceLocaleId, translatorFor, usableLocale, type T } from '@/i18n/registry';
import { useI18n } from '@/i18n/use-i18n';
import { formatClockTime, formatDayTime } from '@/lib/format/dates';

const english = (): T => translatorFor(usableLocale(sourceLocaleId));

/** Words for an error: what failed, without a stack trace (the API's own message stays as sent). */
export function describeError(error: unknown, t: T = english()): string {
  if (isApiError(error)) {
    if (error instanceof HttpError) {
      if (error.status === 401)
        return t('components.state.accessExpired', { detail: error.message });
      if (error.status === 403)
        return t('components.state.accessDenied', { detail: error.message });
    }
    if (error.kind === 'contract') return t('components.state.contract', { detail: error.message });
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loading, and once a try has failed, what failed while it tries again: never a silent spinner. A
 * try that timed out says at once that the API is not answering, before the retries run out.
 * `what` is a noun phrase in the locale, e.g. "the catalog of units and metrics".
 */
export function LoadingState({ what, failure }: { what: string; failure?: unknown }) {
  const { t } = useI18n();
  return (
    <div className="widget-state widget-state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>
        {t('components.state.loading', { what })}
        {failure != null && (
          <span className="widget-state__detail">
            {' '}
            {failure instanceof TimeoutError
              ? t('components.state.notAnswering', { detail: describeError(failure, t) })
              : t('components.state.retrying', { detail: describeError(failure, t) })}
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
  const { t } = useI18n();
  return (
    <div className="widget-state widget-state--error" role="alert">
      <p className="widget-state__title">{t('components.state.couldNotLoad', { what })}</p>
      <p className="widget-state__detail">{describeError(error, t)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('components.state.retry')}
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
  const sameDay = new Date(now).toDateString() === new Date(ms).toDateString();
  return sameDay ? formatClockTime(ms, locale) : formatDayTime(ms, locale);
}

/** The sentence of a stale marker: "Figures from 09:40 — updates failing since 09:52, retrying." */
export function staleSentence(
  updatedAt: number,
  error: unknown,
  locale: string,
  now = Date.now(),
  t: T = translatorFor(usableLocale(locale)),
): string {
  const time = clock(updatedAt, locale, now);
  return isApiError(error) && error.failingSince != null
    ? t('components.state.staleSentenceSince', {
        time,
        since: clock(error.failingSince, locale, now),
      })
    : t('components.state.staleSentence', { time });
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
  const { t } = useI18n();
  return (
    <div className="stale-notice" role="status" data-stale="true">
      <p>
        <span className="stale-notice__badge">
          <span aria-hidden="true">⚠ </span>
          {t('components.state.stale')}
        </span>{' '}
        {staleSentence(updatedAt, error, locale, undefined, t)}
      </p>
      <p className="stale-notice__detail">{describeError(error, t)}</p>
    </div>
  );
}

/** Says how many points were left out because they could not be plotted honestly. */
export function DataQualityNotice({ issues }: { issues: readonly DataQualityIssue[] | undefined }) {
  const { t } = useI18n();
  if (!issues?.length) return null;
  return (
    <details className="data-quality-notice" role="status">
      <summary>
        <span aria-hidden="true">⚠ </span>
        {t('components.state.dataQuality', { count: issues.length })}
      </summary>
      <ul>
        {issues.slice(0, 20).map((i) => (
          <li key={`${i.series}-${i.period}-${i.problem}`}>
            {t('components.state.dataQualityItem', {
              series: i.series,
              period: i.period,
              problem: i.problem,
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}
