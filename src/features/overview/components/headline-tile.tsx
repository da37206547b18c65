// One headline metric: latest value, change vs last week, target and year ago, each with its significance.
import { useMemo, useState } from 'react';
import type { MetricDefinition, Target } from '@/api/schemas';
import { useMetrics } from '@/api/queries/metrics';
import {
  DataQualityNotice,
  EmptyState,
  ErrorState,
  LoadingState,
  StaleNotice,
} from '@/components/query-state';
import { EmbedButton } from '@/components/embed-button';
import { Sparkline } from '@/components/sparkline';
import { useConfig } from '@/config/config-context';
import { formatWeekNumber, formatWeek } from '@/lib/dates';
import { familyNames } from '@/lib/families';
import { formatDelta, formatSampleSize, formatValue } from '@/lib/format';
import { SPARKLINE_WEEKS, summariseHeadline, type HeadlineSummary } from '@/lib/headline';
import type { Change, TargetStatus } from '@/lib/stats';

interface HeadlineTileProps {
  metric: MetricDefinition;
  unitId: string;
  from: string;
  targets: readonly Target[];
  /** Shown inside an embed: no "Embed" action of its own. */
  embedded?: boolean;
}

const targetLabel: Record<TargetStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
};

interface ChangeLineProps {
  change: Change;
  comparedWith: string;
  metric: MetricDefinition;
  locale: string;
  /** The value that changed, so the change keeps its precision. */
  of: number;
}

function ChangeLine({ change, comparedWith, metric, locale, of }: ChangeLineProps) {
  const delta = formatDelta(change.delta, metric.unit, locale, of);
  switch (change.verdict) {
    case 'better':
    case 'worse': {
      const arrow = (change.delta ?? 0) > 0 ? '▲' : '▼';
      return (
        <span className={`change change--${change.verdict}`}>
          <span aria-hidden="true">{arrow} </span>
          {delta} {comparedWith}
          <span className="change__note">
            {' '}
            · significant, {change.verdict === 'better' ? 'better' : 'worse'}
          </span>
        </span>
      );
    }
    case 'no-significant-change':
      return (
        <span className="change change--neutral">
          <span aria-hidden="true">≈ </span>No significant change {comparedWith}
          <span className="change__note"> ({delta}, within noise)</span>
        </span>
      );
    case 'untested':
      return (
        <span className="change change--neutral">
          {delta} {comparedWith}
          <span className="change__note"> · significance unknown (no interval)</span>
        </span>
      );
    case 'not-comparable':
      return (
        <span className="change change--neutral">
          No comparison {comparedWith} (missing or low-sample week)
        </span>
      );
  }
}

/** A change in a few words, for the facts under the sparkline. */
function CompactChange({ change, metric, locale, of }: Omit<ChangeLineProps, 'comparedWith'>) {
  const delta = formatDelta(change.delta, metric.unit, locale, of);
  switch (change.verdict) {
    case 'better':
    case 'worse':
      return (
        <span className={`change change--${change.verdict}`}>
          <span aria-hidden="true">{(change.delta ?? 0) > 0 ? '▲' : '▼'} </span>
          {delta}, significant
        </span>
      );
    case 'no-significant-change':
      return <span className="change change--neutral">{delta}, not significant</span>;
    case 'untested':
      return <span className="change change--neutral">{delta}, significance unknown</span>;
    case 'not-comparable':
      return <span className="change change--neutral">no comparable week</span>;
  }
}

function TileBody({ summary, locale }: { summary: HeadlineSummary; locale: string }) {
  const { metric, latest } = summary;
  if (!latest) {
    return <EmptyState>No values for this unit in the last year.</EmptyState>;
  }
  return (
    <>
      <p className="tile__value-row">
        <data
          className={`tile__value${summary.lowSample ? ' tile__value--low-sample' : ''}`}
          value={latest.value}
        >
          {formatValue(latest.value, metric.unit, locale)}
        </data>
        {summary.lowSample && (
          <span
            className="badge badge--warning"
            title={`Fewer than ${metric.minReportableN} responses: too few to call a change`}
          >
            Low sample
          </span>
        )}
      </p>
      <p className="tile__change">
        {summary.lowSample ? (
          <span className="change change--neutral">
            No change call: {formatSampleSize(latest.n, locale)} is below {metric.minReportableN}
          </span>
        ) : (
          <ChangeLine
            change={summary.vsLastWeek}
            comparedWith="vs last week"
            metric={metric}
            locale={locale}
            of={latest.value}
          />
        )}
      </p>
      <Sparkline
        points={summary.recent}
        minReportableN={metric.minReportableN}
        target={summary.target?.value}
        label={`${metric.name}, last ${SPARKLINE_WEEKS} weeks, from ${formatValue(summary.recent.find((p) => p.value != null)?.value, metric.unit, locale)} to ${formatValue(latest.value, metric.unit, locale)}`}
      />
      <dl className="tile__facts">
        <div>
          <dt>Target</dt>
          <dd>
            {summary.target ? (
              <>
                {formatValue(summary.target.value, metric.unit, locale)}{' '}
                <span className={`target target--${summary.target.status}`}>
                  <span aria-hidden="true">
                    {summary.target.status === 'on-track'
                      ? '✓ '
                      : summary.target.status === 'at-risk'
                        ? '◐ '
                        : '✕ '}
                  </span>
                  {targetLabel[summary.target.status]} (
                  {formatDelta(summary.target.gap, metric.unit, locale, latest.value)})
                </span>
              </>
            ) : (
              'No target set'
            )}
          </dd>
        </div>
        <div>
          <dt>Year ago</dt>
          <dd>
            {summary.vsYearAgo.reference?.value != null
              ? formatValue(summary.vsYearAgo.reference.value, metric.unit, locale)
              : '–'}{' '}
            <CompactChange
              change={summary.vsYearAgo}
              metric={metric}
              locale={locale}
              of={latest.value}
            />
          </dd>
        </div>
        <div>
          <dt>Sample</dt>
          <dd>
            {formatSampleSize(latest.n, locale)}
            {latest.ciLow != null && latest.ciHigh != null && (
              <>
                {' '}
                · 95% CI {formatValue(latest.ciLow, metric.unit, locale)} to{' '}
                {formatValue(latest.ciHigh, metric.unit, locale)}
              </>
            )}
          </dd>
        </div>
      </dl>
      <p className="tile__period">
        {summary.latestIsGap ? 'Latest week with data: ' : 'Week '}
        <time dateTime={latest.period}>{formatWeek(latest.period, locale)}</time>
      </p>
      <table className="visually-hidden">
        <caption>
          {metric.name}, last {SPARKLINE_WEEKS} weeks
        </caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Value</th>
            <th scope="col">n</th>
            <th scope="col">95% interval</th>
          </tr>
        </thead>
        <tbody>
          {summary.recent.map((p) => (
            <tr key={p.period}>
              <th scope="row">{formatWeekNumber(p.period)}</th>
              <td>{formatValue(p.value, metric.unit, locale)}</td>
              <td>{p.n}</td>
              <td>
                {p.ciLow != null && p.ciHigh != null
                  ? `${formatValue(p.ciLow, metric.unit, locale)} to ${formatValue(p.ciHigh, metric.unit, locale)}`
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
  const { locale } = useConfig();
  const [showInfo, setShowInfo] = useState(false);
  const query = useMetrics({ unit: unitId, metrics: [metric.id], from });
  const series = query.data?.series.find((s) => s.metric === metric.id);
  const summary = useMemo(
    () => (series ? summariseHeadline(metric, series.points, targets, unitId) : null),
    [series, metric, targets, unitId],
  );
  const headingId = `tile-${metric.id}`;

  return (
    <article
      className="tile"
      aria-labelledby={headingId}
      aria-busy={query.isPending}
      data-metric={metric.id}
    >
      <header className="tile__header">
        <p className="tile__family">{familyNames[metric.family]}</p>
        <h3 className="tile__name" id={headingId}>
          {metric.name}
        </h3>
        <button
          type="button"
          className="icon-button"
          aria-expanded={showInfo}
          aria-label={`About ${metric.name}`}
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
          {metric.direction === 'lower-is-better' ? 'Lower is better.' : 'Higher is better.'}{' '}
          Changes count only when significant at 95%.
        </p>
      )}
      {query.isPending ? (
        <LoadingState what={metric.name} failure={query.failureReason} />
      ) : query.isError && !summary ? (
        <ErrorState what={metric.name} error={query.error} onRetry={() => void query.refetch()} />
      ) : summary ? (
        <>
          <TileBody summary={summary} locale={locale} />
          <DataQualityNotice
            issues={query.data?.dataQuality?.filter((i) => i.series === metric.id)}
          />
          {query.isError && (
            <StaleNotice updatedAt={query.dataUpdatedAt} error={query.error} locale={locale} />
          )}
        </>
      ) : (
        <EmptyState>The API returned no series for {metric.name}.</EmptyState>
      )}
    </article>
  );
}
