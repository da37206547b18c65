// One headline metric: latest value, change vs last week, target and year ago, each with its significance.
import { useMemo, useState } from 'react';
import type { MetricDefinition, Target } from '@/api/schemas';
import { useMetrics } from '@/api/queries/metrics';
import { Panel } from '@/components/panel';
import { EmptyState } from '@/components/query-state';
import { EmbedButton } from '@/components/embed-button';
import { Sparkline } from '@/components/sparkline';
import { Verdict } from '@/components/verdict';
import type { T } from '@/i18n/registry';
import { useI18n } from '@/i18n/use-i18n';
import { formatWeekNumber, formatWeek } from '@/lib/format/dates';
import { familyName } from '@/lib/format/domain-words';
import { formatDelta, formatNumber, formatSampleSize, formatValue } from '@/lib/format/format';
import { SPARKLINE_WEEKS, summariseHeadline, type HeadlineSummary } from '@/domain/headline';
import type { TargetStatus } from '@/domain/stats';
import { sampleTooSmall, valueSampleTooSmall } from '@/lib/format/sample-words';
import { useCatalogFreshness } from '@/components/use-freshness';
import { overdueSentence } from '@/lib/format/domain-words';

interface HeadlineTileProps {
  metric: MetricDefinition;
  unitId: string;
  from: string;
  targets: readonly Target[];
  /** Shown inside an embed: no "Embed" action of its own. */
  embedded?: boolean;
}

const targetLabelKey = {
  'on-track': 'overview.tile.onTrack',
  'at-risk': 'overview.tile.atRisk',
  'off-track': 'overview.tile.offTrack',
} as const satisfies Record<TargetStatus, string>;

function TileBody({ summary, locale, t }: { summary: HeadlineSummary; locale: string; t: T }) {
  const { metric, latest } = summary;
  if (!latest) {
    return <EmptyState>{t('overview.tile.noValues')}</EmptyState>;
  }
  const fmt = (v: number | null | undefined) => formatValue(v, metric, locale);
  return (
    <>
      <p className="tile__value-row">
        <data
          className={`tile__value${summary.lowSample ? ' tile__value--low-sample' : ''}`}
          value={latest.value}
        >
          {formatValue(latest.value, metric, locale)}
        </data>
        {summary.lowSample && (
          <span
            className="badge badge--warning"
            title={t('overview.tile.lowSampleTitle', { min: metric.minReportableN })}
          >
            {sampleTooSmall(latest.n, metric.minReportableN, t, true)}
          </span>
        )}
      </p>
      <p className="tile__change">
        <Verdict
          form="sentence"
          change={summary.vsLastWeek}
          comparedWith={t('overview.tile.vsLastWeek')}
          metric={metric}
          withheld={summary.lowSample ? { n: latest.n, min: metric.minReportableN } : undefined}
        />
      </p>
      <Sparkline
        points={summary.recent}
        minReportableN={metric.minReportableN}
        target={summary.target?.value}
        label={t('overview.tile.sparkline', {
          metric: metric.name,
          weeks: SPARKLINE_WEEKS,
          from: fmt(summary.recent.find((p) => p.value != null)?.value),
          to: fmt(latest.value),
        })}
      />
      <dl className="tile__facts">
        <div>
          <dt>{t('overview.tile.target')}</dt>
          <dd>
            {summary.target ? (
              <>
                {formatValue(summary.target.value, metric, locale)}{' '}
                <span className={`target target--${summary.target.status}`}>
                  <span aria-hidden="true">
                    {summary.target.status === 'on-track'
                      ? '✓ '
                      : summary.target.status === 'at-risk'
                        ? '◐ '
                        : '✕ '}
                  </span>
                  {t(targetLabelKey[summary.target.status])} (
                  {formatDelta(summary.target.gap, metric, locale)})
                </span>
              </>
            ) : (
              t('overview.tile.noTarget')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('overview.tile.yearAgo')}</dt>
          <dd>
            {summary.vsYearAgo.reference?.value != null
              ? formatValue(summary.vsYearAgo.reference.value, metric, locale)
              : '–'}{' '}
            <Verdict form="compact" change={summary.vsYearAgo} metric={metric} />
          </dd>
        </div>
        <div>
          <dt>{t('overview.tile.sample')}</dt>
          <dd>
            {formatSampleSize(latest.n, locale)}
            {latest.ciLow != null && latest.ciHigh != null && (
              <> · {t('overview.tile.ci', { low: fmt(latest.ciLow), high: fmt(latest.ciHigh) })}</>
            )}
          </dd>
        </div>
      </dl>
      <p className="tile__period">
        {summary.latestIsGap ? t('overview.tile.latestWithData') : t('overview.tile.periodWeek')}{' '}
        <time dateTime={latest.period}>{formatWeek(latest.period, locale)}</time>
      </p>
      <table className="visually-hidden">
        <caption>
          {t('overview.tile.tableCaption', { metric: metric.name, weeks: SPARKLINE_WEEKS })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.tile.week')}</th>
            <th scope="col">{t('overview.tile.value')}</th>
            <th scope="col">{t('overview.tile.n')}</th>
            <th scope="col">{t('overview.tile.interval')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.recent.map((p) => (
            <tr key={p.period}>
              <th scope="row">{formatWeekNumber(p.period, locale)}</th>
              <td>
                {p.value != null && p.n < metric.minReportableN
                  ? valueSampleTooSmall(fmt(p.value), p.n, metric.minReportableN, t)
                  : fmt(p.value)}
              </td>
              <td>{formatNumber(p.n, locale, 0)}</td>
              <td>
                {p.ciLow != null && p.ciHigh != null
                  ? t('overview.tile.range', { low: fmt(p.ciLow), high: fmt(p.ciHigh) })
                  : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function HeadlineTile({
  metric,
  unitId,
  from,
  targets,
  embedded = false,
}: HeadlineTileProps) {
  const { locale, t } = useI18n();
  const [showInfo, setShowInfo] = useState(false);
  const query = useMetrics({ unit: unitId, metrics: [metric.id], from });
  const series = query.data?.series.find((s) => s.metric === metric.id);
  const summary = useMemo(
    () => (series ? summariseHeadline(metric, series.points, targets, unitId) : null),
    [series, metric, targets, unitId],
  );
  const headingId = `tile-${metric.id}`;
  const freshness = useCatalogFreshness();

  return (
    <article
      className="tile"
      aria-labelledby={headingId}
      aria-busy={query.isPending}
      data-metric={metric.id}
    >
      <header className="tile__header">
        <p className="tile__family">{familyName(metric.family, t)}</p>
        <h3 className="tile__name" id={headingId}>
          {metric.name}
        </h3>
        <button
          type="button"
          className="icon-button"
          aria-expanded={showInfo}
          aria-label={t('overview.tile.about', { metric: metric.name })}
          onClick={() => setShowInfo((v) => !v)}
        >
          i
        </button>
      </header>
      {!embedded && (
        <p className="tile__actions">
          <EmbedButton path={`/embed/tile/${metric.family}`} unitId={unitId} what={metric.name} />
        </p>
      )}
      {showInfo && (
        <p className="tile__description">
          {metric.description}{' '}
          {metric.direction === 'lower-is-better'
            ? t('overview.tile.lowerIsBetter')
            : t('overview.tile.higherIsBetter')}{' '}
          {t('overview.tile.significantOnly')}
        </p>
      )}
      {freshness?.overdue && (
        <p className="tile__overdue">
          <span aria-hidden="true">⚠ </span>
          {overdueSentence(freshness, locale, t)}
        </p>
      )}
      <Panel
        state={query}
        what={metric.name}
        notices="below"
        dataQuality={(data) => data.dataQuality?.filter((i) => i.series === metric.id)}
      >
        {() =>
          summary ? (
            <TileBody summary={summary} locale={locale} t={t} />
          ) : (
            <EmptyState>{t('overview.tile.noSeries', { metric: metric.name })}</EmptyState>
          )
        }
      </Panel>
    </article>
  );
}
