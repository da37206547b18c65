// The review's headline numbers: each with its change vs last week, vs the 4-week average and vs the
// same week last year, every one with its significance, and the target status.
import { useHeadlineMetrics } from '@/api/queries/metrics';
import type { Catalog, MetricDefinition } from '@/api/schemas';
import { Sparkline } from '@/components/sparkline';
import type { T } from '@/i18n/registry';
import { useI18n } from '@/i18n/use-i18n';
import { formatDay } from '@/lib/format/dates';
import { changeArrow, formatDelta, formatSampleSize, formatValue } from '@/lib/format/format';
import {
  SPARKLINE_WEEKS,
  summariseHeadline,
  type HeadlineSummary,
  type NotComparableWhy,
} from '@/domain/headline';
import { noCallWords, sampleTooSmall } from '@/lib/format/sample-words';
import type { Change } from '@/domain/stats';
import { familyName } from '@/lib/format/domain-words';

const targetKeys = {
  'on-track': 'review.headlines.onTrack',
  'at-risk': 'review.headlines.atRisk',
  'off-track': 'review.headlines.offTrack',
} as const;

function ComparisonCell({
  change,
  s,
  locale,
  t,
}: {
  change: Change & { why?: NotComparableWhy };
  s: HeadlineSummary;
  locale: string;
  t: T;
}) {
  const delta = formatDelta(change.delta, s.metric, locale);
  if (change.verdict === 'better' || change.verdict === 'worse') {
    return (
      <span className={`change change--${change.verdict}`}>
        <span aria-hidden="true">{changeArrow(change.delta)} </span>
        {delta} <span className="change__note">{t('review.headlines.significant')}</span>
      </span>
    );
  }
  if (change.verdict === 'no-significant-change')
    return (
      <span className="change change--neutral">
        {t('review.headlines.notSignificant', { delta })}
      </span>
    );
  if (change.verdict === 'untested')
    return (
      <span className="change change--neutral">
        {t('review.headlines.significanceUnknown', { delta })}
      </span>
    );
  return (
    <span className="change change--neutral">
      {noCallWords(change.why, t) ?? t('review.headlines.noComparableData')}
    </span>
  );
}

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
                      <ComparisonCell change={s.vsLastWeek} s={s} locale={locale} t={t} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('review.headlines.vsFourWeekAverage')}</dt>
                    <dd>
                      <ComparisonCell change={s.vsFourWeekAverage} s={s} locale={locale} t={t} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('review.headlines.vsYearAgo')}</dt>
                    <dd>
                      <ComparisonCell change={s.vsYearAgo} s={s} locale={locale} t={t} />
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
