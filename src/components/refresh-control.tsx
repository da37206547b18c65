// The connection: when the figures on screen were last updated, whether updating works (how many
// endpoints fail, or that the API is not answering), and a button to refresh now. Whether the figures
// themselves are on time is a separate signal, beside it in the header.
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import { formatClockTime } from '@/lib/format/dates';
import { readQueryHealth } from '@/lib/query/query-health';

const minuteMs = 60_000;

export function RefreshControl({ locale }: { locale: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  // Read on every cache event, but only what the control shows: sources failing, whether anything is
  // being fetched, and the minute of the last update (the time is shown to the minute). It re-renders
  // when one of these changes, not once per answer (60 of them on a large organisation's overview).
  const shown = useSyncExternalStore(
    (notify) => client.getQueryCache().subscribe(notify),
    () => {
      const health = readQueryHealth(client);
      const minute = Math.floor(health.lastSuccessAt / minuteMs);
      return `${health.failing} ${client.isFetching() > 0 ? 1 : 0} ${minute} ${health.notAnswering}`;
    },
  );
  const [failing, fetchingFlag, minute, notAnswering] = shown.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const fetching = fetchingFlag === 1;
  const time = minute ? formatClockTime(minute * minuteMs, locale) : null;

  return (
    <div className={`refresh-control${failing || notAnswering ? ' refresh-control--failing' : ''}`}>
      <span className="refresh-control__status" role="status">
        {notAnswering ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {t('components.refresh.notAnswering')}
          </>
        ) : failing ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {t('components.refresh.failing', { count: failing })}
          </>
        ) : fetching ? (
          t('components.refresh.updating')
        ) : time ? (
          t('components.refresh.updated', { time })
        ) : null}
      </span>
      <button
        type="button"
        className="link-button"
        disabled={fetching}
        onClick={() => void client.refetchQueries({ type: 'active' })}
      >
        {t('components.refresh.refreshNow')}
      </button>
    </div>
  );
}
