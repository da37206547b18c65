// When the figures on screen were last updated, whether updating works, and a button to refresh now.
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '@/i18n/use-i18n';
import { formatClockTime } from '@/lib/dates';
import { useQueryHealth } from '@/lib/query-health';

export function RefreshControl({ locale }: { locale: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const fetching = useIsFetching() > 0;
  const health = useQueryHealth();
  const time = health.lastSuccessAt ? formatClockTime(health.lastSuccessAt, locale) : null;

  return (
    <div className={`refresh-control${health.failing ? ' refresh-control--failing' : ''}`}>
      <span className="refresh-control__status" role="status">
        {health.failing ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {t('components.refresh.failing', { count: health.failing })}
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
