// One metric of a family over the chosen range: chart and table from the same numbers.
import { useMemo } from 'react';
import type {
  Annotation,
  BusinessUnit,
  MetricDefinition,
  MetricPoint,
  Target,
} from '@/api/schemas';
import { Chart } from '@/components/chart';
import { useI18n } from '@/i18n/use-i18n';
import { formatDay, formatWeekNumber } from '@/lib/format/dates';
import { sameWeekLastYear } from '@/domain/periods';
import { formatValue } from '@/lib/format/format';
import { findTarget } from '@/domain/headline';
import { useChartTheme } from '@/components/use-chart-theme';
import { annotationTitle } from '@/lib/format/domain-words';
import { valueSampleTooSmall } from '@/lib/format/sample-words';
import { annotationMarks, buildMetricTrendOption } from '../charts/build-metric-trend-option';

interface MetricTrendProps {
  metric: MetricDefinition;
  /** All weeks fetched: the range plus a year before it. */
  points: readonly MetricPoint[];
  from: string;
  to: string;
  unitId: string;
  /** The catalog's units, to name another unit's events on this unit's chart. */
  units: readonly BusinessUnit[];
  targets: readonly Target[];
  annotations: readonly Annotation[];
  locale: string;
  /** Extra actions beside the title, e.g. "Embed". */
  actions?: React.ReactNode;
}

export function MetricTrend({
  metric,
  points,
  from,
  to,
  unitId,
  units,
  targets,
  annotations,
  locale,
  actions,
}: MetricTrendProps) {
  const { t } = useI18n();
  const theme = useChartTheme();
  const shown = useMemo(
    () => points.filter((p) => p.period >= from && p.period <= to),
    [points, from, to],
  );
  const weekTargets = useMemo(
    () => shown.map((p) => findTarget(targets, metric.id, unitId, p.period)?.value ?? null),
    [shown, targets, metric.id, unitId],
  );
  const relevant = useMemo(
    () => annotations.filter((a) => a.metric == null || a.metric === metric.id),
    [annotations, metric.id],
  );
  const option = useMemo(
    () =>
      buildMetricTrendOption({
        metric,
        points: shown,
        yearEarlier: points,
        targets: weekTargets,
        annotations: relevant,
        unitId,
        units,
        locale,
        theme,
        t,
      }),
    [metric, shown, points, weekTargets, relevant, unitId, units, locale, theme, t],
  );
  const byPeriod = useMemo(() => new Map(points.map((p) => [p.period, p])), [points]);
  // The table and CSV behind the chart are built once per result too: the page re-renders as each
  // unit's figures arrive for the comparison below (60 times on a large organisation).
  const table = useMemo(() => {
    const fmt = (v: number | null | undefined) => formatValue(v, metric, locale);
    return {
      columns: [
        t('metrics.trend.week'),
        metric.name,
        'n',
        t('metrics.interval'),
        t('metrics.trend.yearEarlier'),
        t('metrics.trend.target'),
      ],
      rows: shown.map((p, i) => [
        formatWeekNumber(p.period, locale),
        p.value != null && p.n < metric.minReportableN
          ? valueSampleTooSmall(fmt(p.value), p.n, metric.minReportableN, t)
          : fmt(p.value),
        p.n,
        p.ciLow != null && p.ciHigh != null
          ? t('metrics.range', { low: fmt(p.ciLow), high: fmt(p.ciHigh) })
          : '–',
        fmt(byPeriod.get(sameWeekLastYear(p.period))?.value),
        fmt(weekTargets[i]),
      ]),
    };
  }, [metric, locale, shown, byPeriod, weekTargets, t]);
  const csv = useMemo(
    () => ({
      columns: [
        'week',
        `${metric.name} (${metric.unit})`,
        'n',
        '95% low',
        '95% high',
        `same week a year earlier (${metric.unit})`,
        `target (${metric.unit})`,
      ],
      rows: shown.map((p, i) => [
        p.period,
        p.value,
        p.n,
        p.ciLow,
        p.ciHigh,
        byPeriod.get(sameWeekLastYear(p.period))?.value,
        weekTargets[i],
      ]),
    }),
    [metric, shown, byPeriod, weekTargets],
  );
  const marks = useMemo(
    () =>
      annotationMarks(
        relevant,
        shown.map((p) => p.period),
        (a) => annotationTitle(a, unitId, units, t),
      ),
    [relevant, shown, unitId, units, t],
  );
  const lowCount = shown.filter((p) => p.value != null && p.n < metric.minReportableN).length;
  const description = [
    metric.description,
    t('metrics.trend.description'),
    ...(weekTargets.some((w) => w != null) ? [t('metrics.trend.descriptionTarget')] : []),
    ...(lowCount
      ? [
          t('metrics.trend.descriptionLowSample', {
            count: lowCount,
            min: metric.minReportableN,
          }),
        ]
      : []),
  ].join(' ');

  return (
    <Chart
      title={t('metrics.trend.title', { metric: metric.name })}
      description={description}
      option={option}
      height={300}
      actions={actions}
      csv={csv}
      footer={
        marks.length > 0 && (
          <ol
            className="annotation-list"
            aria-label={t('metrics.trend.eventsLabel', { metric: metric.name })}
          >
            {marks.map((m) => (
              <li
                key={m.a.id}
                className={`annotation-list__item annotation-list__item--${m.a.kind}`}
              >
                <span className="annotation-list__label">{m.label}</span>{' '}
                <time dateTime={m.a.date}>{formatDay(m.a.date, locale)}</time>: {m.title}
              </li>
            ))}
          </ol>
        )
      }
      table={table}
    />
  );
}
