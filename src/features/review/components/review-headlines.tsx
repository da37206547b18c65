// The review's headline numbers: each with its change vs last week, vs the 4-week average and vs the
// same week last year, every one with its significance, and the target status.
import { useQueries } from '@tanstack/react-query';
import { metricsQueryOptions } from '@/api/queries/metrics';
import type { Catalog, MetricDefinition } from '@/api/schemas';
import { Sparkline } from '@/components/sparkline';
import { familyNames } from '@/lib/families';
import { formatDelta, formatSampleSize, formatValue } from '@/lib/format';
import { summariseHeadline, type HeadlineSummary } from '@/lib/headline';
import type { Change } from '@/lib/stats';

const targetWords = {
  'on-track': '✓ On track',
  'at-risk': '◐ At risk',
  'off-track': '✕ Off track',
} as const;

function ComparisonCell({
  change,
  s,
  locale,
}: {
  change: Change;
  s: HeadlineSummary;
  locale: string;
}) {
  const delta = formatDelta(change.delta, s.metric.unit, locale, s.latest?.value);
  if (change.verdict === 'better' || change.verdict === 'worse') {
    return (
      <span className={`change change--${change.verdict}`}>
        <span aria-hidden="true">{(change.delta ?? 0) > 0 ? '▲' : '▼'} </span>
        {delta} <span className="change__note">significant</span>
      </span>
    );
  }
  if (change.verdict === 'no-significant-change')
    return <span className="change change--neutral">≈ {delta}, not significant</span>;
  if (change.verdict === 'untested')
    return <span className="change change--neutral">{delta}, significance unknown</span>;
  return <span className="change change--neutral">no comparable data</span>;
}

export function ReviewHeadlines({
  catalog,
  unitId,
  week,
  headlines,
  from,
  locale,
}: {
  catalog: Catalog;
  unitId: string;
  week: string;
  headlines: readonly MetricDefinition[];
  from: string;
  locale: string;
}) {
  const queries = useQueries({
    queries: headlines.map((m) => metricsQueryOptions({ unit: unitId, metrics: [m.id], from })),
  });
  return (
    <div className="review-headlines">
      {headlines.map((metric, i) => {
        const points = queries[i]?.data?.series.find((s) => s.metric === metric.id)?.points;
        const s = points ? summariseHeadline(metric, points, catalog.targets, unitId, week) : null;
        return (
          <article key={metric.id} className="review-card" aria-label={metric.name}>
            <p className="review-card__family">{familyNames[metric.family]}</p>
            <h3 className="review-card__name">{metric.name}</h3>
            {!s?.latest ? (
              <p>
                {queries[i]?.isError
                  ? 'Could not be loaded.'
                  : queries[i]?.isPending
                    ? 'Loading…'
                    : 'No data for this week.'}
              </p>
            ) : (
              <>
                <p className="review-card__value">
                  {formatValue(s.latest.value, metric.unit, locale)}
                  {s.lowSample && <span className="badge badge--warning">Low sample</span>}
                </p>
                <Sparkline
                  points={s.recent}
                  minReportableN={metric.minReportableN}
                  target={s.target?.value}
                  label={`${metric.name}, 13 weeks to this one`}
                />
                <dl className="review-card__comparisons">
                  <div>
                    <dt>vs last week</dt>
                    <dd>
                      <ComparisonCell change={s.vsLastWeek} s={s} locale={locale} />
                    </dd>
                  </div>
                  <div>
                    <dt>vs 4-week average</dt>
                    <dd>
                      <ComparisonCell change={s.vsFourWeekAverage} s={s} locale={locale} />
                    </dd>
                  </div>
                  <div>
                    <dt>vs a year ago</dt>
                    <dd>
                      <ComparisonCell change={s.vsYearAgo} s={s} locale={locale} />
                    </dd>
                  </div>
                  <div>
                    <dt>Target</dt>
                    <dd>
                      {s.target ? (
                        <span className={`target target--${s.target.status}`}>
                          {formatValue(s.target.value, metric.unit, locale)} ·{' '}
                          {targetWords[s.target.status]}
                        </span>
                      ) : (
                        'none set'
                      )}
                    </dd>
                  </div>
                </dl>
                <p className="review-card__meta">
                  {formatSampleSize(s.latest.n, locale)}
                  {s.latest.period !== week ? ` · latest data: week of ${s.latest.period}` : ''}
                </p>
              </>
            )}
          </article>
        );
      })}
    </div>
  );
}
