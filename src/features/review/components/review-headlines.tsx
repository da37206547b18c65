// The review's headline numbers: each with its change vs last week, vs the 4-week average and vs the
// same week last year, every one with its significance, and the target status.
import { useHeadlineMetrics } from '@/api/queries/metrics';
import type { Catalog, MetricDefinition } from '@/api/schemas';
import { Sparkline } from '@/components/sparkline';
import { Verdict } from '@/components/verdict';
import { useI18n } from '@/i18n/use-i18n';
import { formatDay } from '@/lib/format/dates';
import { formatSampleSize, formatValue } from '@/lib/format/format';
import { SPARKLINE_WEEKS, summariseHeadline } from '@/domain/headline';
import { sampleTooSmall } from '@/lib/format/sample-words';
import { familyName } from '@/lib/format/domain-words';

const targetKeys = {
  'on-track': 'review.headlines.onTrack',
  'at-risk': 'review.headlines.atRisk',
  'off-track': 'review.headlines.offTrack',
} as const;

export function ReviewHeadlines({
  catalog,
  unitId,
  week,
  headlines,
  from,
}: {
  catalog: Catalog;
  unitId: string;
  week: string;
  headlines: readonly MetricDefinition[];
  from: string;
}) {
  const { t, locale } = useI18n();
  const queries = useHeadlineMetrics(unitId, headlines, from);
  return (
    <div className="review-headlines">
      {headlines.map((metric, i) => {
        const points = queries[i]?.data?.series.find((s) => s.metric === metric.id)?.points;
        const s = points ? summariseHeadline(metric, points, catalog.targets, unitId, week) : null;
        return (
          <article key={metric.id} className="review-card" aria-label={metric.name}>
            <p className="review-card__family">{familyName(metric.family, t)}</p>
            <h3 className="review-card__name">{metric.name}</h3>
            {!s?.latest ? (
              <p>
                {queries[i]?.isError
                  ? t('review.headlines.loadFailed')
                  : queries[i]?.isPending
                    ? t('review.headlines.loading')
                    : t('review.headlines.noData')}
              </p>
            ) : (
              <>
                <p className="review-card__value">
                  {formatValue(s.latest.value, metric, locale)}
                  {s.lowSample && (
                    <span className="badge badge--warning">
                      {sampleTooSmall(s.latest.n, metric.minReportableN, t, true)}
                    </span>
                  )}
                </p>
                <Sparkline
                  points={s.recent}
                  minReportableN={metric.minReportableN}
                  target={s.target?.value}
                  label={t('review.headlines.sparkline', {
                    metric: metric.name,
                    weeks: SPARKLINE_WEEKS,
                  })}
                />
                <dl className="review-card__comparisons">
                  <div>
                    <dt>{t('review.headlines.vsLastWeek')}</dt>
                    <dd>
                      <Verdict form="card" change={s.vsLastWeek} metric={metric} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('review.headlines.vsFourWeekAverage')}</dt>
                    <dd>
                      <Verdict form="card" change={s.vsFourWeekAverage} metric={metric} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('review.headlines.vsYearAgo')}</dt>
                    <dd>
                      <Verdict form="card" change={s.vsYearAgo} metric={metric} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('review.headlines.target')}</dt>
                    <dd>
                      {s.target ? (
                        <span className={`target target--${s.target.status}`}>
                          {formatValue(s.target.value, metric, locale)} ·{' '}
                          {t(targetKeys[s.target.status])}
                        </span>
                      ) : (
                        t('review.headlines.noTarget')
                      )}
                    </dd>
                  </div>
                </dl>
                <p className="review-card__meta">
                  {formatSampleSize(s.latest.n, locale)}
                  {s.latest.period !== week
                    ? ` · ${t('review.headlines.latestData', { week: formatDay(s.latest.period, locale) })}`
                    : ''}
                </p>
              </>
            )}
          </article>
        );
      })}
    </div>
  );
}
