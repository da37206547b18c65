// The wall's headline view: the four numbers, their change and target, readable from across a room.
import { useHeadlineMetrics } from '@/api/queries/metrics';
import type { Catalog } from '@/api/schemas';
import { formatSampleSize, formatValue } from '@/lib/format/format';
import { headlineFrom, headlineMetrics, summariseHeadline } from '@/domain/headline';
import { formatWeek } from '@/lib/format/dates';
import { useI18n } from '@/i18n/use-i18n';
import { Sparkline } from '@/components/sparkline';
import { Verdict } from '@/components/verdict';
import { familyName } from '@/lib/format/domain-words';

/**
 * A line of parts joined by " · " that wraps only between parts, after the dot, so a narrow tile
 * shows "✓ On track" or "23 Nov 2026" whole on the next line rather than split across two.
 */
export function breakAtDots(text: string): string {
  return text
    .split(' · ')
    .map((part) => part.replaceAll(' ', '\u00a0'))
    .join('\u00a0· ');
}

const targetKeys = {
  'on-track': 'wall.overview.onTrack',
  'at-risk': 'wall.overview.atRisk',
  'off-track': 'wall.overview.offTrack',
} as const;

export function WallOverview({ catalog, unitId }: { catalog: Catalog; unitId: string }) {
  const { t, locale } = useI18n();
  const headlines = headlineMetrics(catalog.metrics);
  const from = headlineFrom(catalog.dataAsOf);
  const queries = useHeadlineMetrics(unitId, headlines, from);

  return (
    <div className="wall-tiles">
      {headlines.map((metric, i) => {
        const q = queries[i]!;
        const points = q.data?.series.find((s) => s.metric === metric.id)?.points;
        const s = points ? summariseHeadline(metric, points, catalog.targets, unitId) : null;
        return (
          <article key={metric.id} className="wall-tile" aria-label={metric.name}>
            <p className="wall-tile__family">{familyName(metric.family, t)}</p>
            <h2 className="wall-tile__name">{metric.name}</h2>
            {s?.latest ? (
              <>
                <p className={`wall-tile__value${s.lowSample ? ' wall-tile__value--low' : ''}`}>
                  {formatValue(s.latest.value, metric, locale)}
                </p>
                <p className="wall-tile__change">
                  <Verdict
                    form="wall"
                    change={s.vsLastWeek}
                    metric={metric}
                    withheld={
                      s.lowSample ? { n: s.latest.n, min: metric.minReportableN } : undefined
                    }
                  />
                </p>
                <Sparkline
                  points={s.recent}
                  minReportableN={metric.minReportableN}
                  target={s.target?.value}
                  label={t('wall.overview.sparkline', {
                    metric: metric.name,
                    count: s.recent.length,
                  })}
                />
                {s.target && (
                  <p className={`wall-tile__target wall-target--${s.target.status}`}>
                    {breakAtDots(
                      t('wall.overview.target', {
                        value: formatValue(s.target.value, metric, locale),
                        status: t(targetKeys[s.target.status]),
                      }),
                    )}
                  </p>
                )}
                <p className="wall-tile__meta">
                  {breakAtDots(
                    `${formatSampleSize(s.latest.n, locale)} · ${formatWeek(s.latest.period, locale)}`,
                  )}
                </p>
              </>
            ) : (
              <p className="wall-tile__meta">
                {q.isError
                  ? t('wall.overview.failed')
                  : q.isPending
                    ? t('wall.loading')
                    : t('wall.overview.noData')}
              </p>
            )}
          </article>
        );
      })}
    </div>
  );
}
