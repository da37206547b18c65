// The wall's view of one metric family: the headline metric's last 26 weeks, big, and the family's
// other metrics as numbers.
import { useMemo } from 'react';
import { useAnnotations } from '@/api/queries/annotations';
import { useMetrics } from '@/api/queries/metrics';
import type { Catalog, MetricFamily } from '@/api/schemas';
import { Chart } from '@/components/chart';
import { Verdict } from '@/components/verdict';
import type { ChartTheme } from '@/lib/charts/chart-theme';
import { formatWeekNumber } from '@/lib/format/dates';
import { isoWeekStart } from '@/domain/periods';
import { addWeeksIso } from '@/domain/periods';
import { formatValue } from '@/lib/format/format';
import { summariseHeadline } from '@/domain/headline';
import { valueSampleTooSmall } from '@/lib/format/sample-words';
import { useI18n } from '@/i18n/use-i18n';
import { buildWallTrendOption } from '../charts/build-wall-trend-option';

const WEEKS = 26;

interface WallFamilyProps {
  catalog: Catalog;
  family: MetricFamily;
  unitId: string;
  theme: ChartTheme;
}

export function WallFamily({ catalog, family, unitId, theme }: WallFamilyProps) {
  const { t, locale } = useI18n();
  const metrics = useMemo(
    () =>
      catalog.metrics
        .filter((m) => m.family === family)
        .sort((a, b) => Number(b.headline) - Number(a.headline)),
    [catalog.metrics, family],
  );
  const from = addWeeksIso(isoWeekStart(catalog.dataAsOf.slice(0, 10)), -(WEEKS + 1));
  const query = useMetrics({ unit: unitId, metrics: metrics.map((m) => m.id), from });
  const annotations = useAnnotations({ unit: unitId, from });
  const summaries = useMemo(
    () =>
      query.data
        ? metrics.map((m) =>
            summariseHeadline(
              m,
              query.data.series.find((s) => s.metric === m.id)?.points ?? [],
              catalog.targets,
              unitId,
            ),
          )
        : [],
    [query.data, metrics, catalog.targets, unitId],
  );
  const headline = summaries[0];
  const points = useMemo(
    () => (query.data?.series.find((s) => s.metric === metrics[0]?.id)?.points ?? []).slice(-WEEKS),
    [query.data, metrics],
  );
  const option = useMemo(
    () =>
      headline
        ? buildWallTrendOption({
            metric: headline.metric,
            points,
            target: headline.target?.value ?? null,
            annotations: annotations.data?.annotations,
            unitId,
            units: catalog.units,
            theme,
            locale,
            t,
          })
        : null,
    [headline, points, annotations.data, unitId, catalog.units, theme, locale, t],
  );

  if (!query.data || !headline || !option) {
    return (
      <p className="wall-empty">
        {query.isError
          ? t('wall.family.failed')
          : query.failureReason
            ? t('wall.failingRetrying')
            : t('wall.loading')}
      </p>
    );
  }
  return (
    <div className="wall-family">
      <div className="wall-family__chart">
        <Chart
          title={t('wall.family.chartTitle', { metric: headline.metric.name, weeks: WEEKS })}
          description={
            headline.target
              ? t('wall.family.chartDescriptionWithTarget')
              : t('wall.family.chartDescription')
          }
          option={option}
          height="100%"
          table={{
            columns: [t('wall.family.week'), headline.metric.name, 'n'],
            rows: points.map((p) => [
              formatWeekNumber(p.period, locale),
              p.value != null && p.n < headline.metric.minReportableN
                ? valueSampleTooSmall(
                    formatValue(p.value, headline.metric, locale),
                    p.n,
                    headline.metric.minReportableN,
                    t,
                  )
                : formatValue(p.value, headline.metric, locale),
              p.n,
            ]),
          }}
          hideControls
        />
      </div>
      <ul className="wall-family__numbers">
        {summaries.map((s) => (
          <li
            key={s.metric.id}
            className={s === headline ? 'wall-number wall-number--headline' : 'wall-number'}
          >
            <span className="wall-number__name">{s.metric.name}</span>
            <span className="wall-number__value">
              {s.latest ? formatValue(s.latest.value, s.metric, locale) : '–'}
            </span>
            <span className="wall-number__change">
              <Verdict form="wall-figure" change={s.vsLastWeek} metric={s.metric} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
