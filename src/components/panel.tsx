// The box around every widget that shows fetched data: loading (with what failed while it retries),
// the error with a retry, figures kept although a refresh failed, points left out, and a rendering
// failure kept inside the widget. A page says only what it shows; the states look the same everywhere.
import type { ReactNode } from 'react';
import type { DataQualityIssue } from '@/api/data-quality';
import { useI18n } from '@/i18n/use-i18n';
import { WidgetErrorBoundary } from './error-boundary';
import { DataQualityNotice, ErrorState, LoadingState, StaleNotice } from './query-state';

/** What a panel needs of a query: the shape TanStack Query's results have, or a combination of them. */
export interface PanelState<D> {
  data: D | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  failureReason?: unknown;
  dataUpdatedAt?: number;
  refetch?: () => unknown;
}

interface PanelProps<D> {
  state: PanelState<D>;
  /** What is loading, as a noun phrase in the locale: "the pillar scores". */
  what: string;
  /** What could not be loaded, when the error names it otherwise; default `what`. */
  errorWhat?: string;
  /** The widget's name for a rendering failure; without it the panel's children fail as a whole page would. */
  name?: string;
  /** When this changes (another unit, say), a widget that failed to render tries again. */
  resetKey?: unknown;
  /** The points of the data left out as not plottable, for the data-quality notice. */
  dataQuality?: (data: D) => readonly DataQualityIssue[] | undefined;
  /**
   * Where the stale and data-quality notices stand: above the figures they qualify (a page or
   * section), or below them (a tile, an embed, whose heading comes first).
   */
  notices?: 'above' | 'below';
  children: (data: D) => ReactNode;
}

export function Panel<D>({
  state,
  what,
  errorWhat = what,
  name,
  resetKey,
  dataQuality,
  notices = 'above',
  children,
}: PanelProps<D>) {
  const { locale } = useI18n();
  if (state.isPending) return <LoadingState what={what} failure={state.failureReason} />;
  const { data, refetch } = state;
  if (data === undefined) {
    return (
      <ErrorState
        what={errorWhat}
        error={state.error}
        onRetry={refetch ? () => void refetch() : undefined}
      />
    );
  }
  const body = children(data);
  const shown =
    name == null ? (
      body
    ) : (
      <WidgetErrorBoundary name={name} resetKey={resetKey}>
        {body}
      </WidgetErrorBoundary>
    );
  const noticeList = (
    <>
      {state.isError && (
        <StaleNotice updatedAt={state.dataUpdatedAt ?? 0} error={state.error} locale={locale} />
      )}
      <DataQualityNotice issues={dataQuality?.(data)} />
    </>
  );
  return notices === 'above' ? (
    <>
      {noticeList}
      {shown}
    </>
  ) : (
    <>
      {shown}
      {noticeList}
    </>
  );
}

/**
 * Many queries as one panel state (a value per unit, say): pending while any is, then every answer
 * there is. A unit that failed is left out of the figures, not an error of the whole: the page says
 * how many failed.
 */
export function allSettled<D>(
  queries: readonly { data: D | undefined; isPending: boolean }[],
): PanelState<readonly (D | undefined)[]> {
  return {
    data: queries.map((q) => q.data),
    isPending: queries.some((q) => q.isPending),
    isError: false,
    error: null,
  };
}

/**
 * A query's state with its data in the shape a widget reads (a model worked out in a memo). Only the
 * fields a panel reads are taken, so a component re-renders on no more of the query than before.
 */
export function withData<E>(query: PanelState<unknown>, data: E | undefined): PanelState<E> {
  return {
    data,
    isPending: query.isPending,
    isError: query.isError,
    error: query.error,
    failureReason: query.failureReason,
    dataUpdatedAt: query.dataUpdatedAt,
    refetch: query.refetch,
  };
}
