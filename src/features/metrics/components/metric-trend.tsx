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
import { formatDay } from '@/lib/format/dates';
import { useChartTheme } from '@/components/use-chart-theme';
import { annotationTitle } from '@/lib/format/domain-words';
import { annotationMarks, buildMetricTrendOption } from '../charts/build-metric-trend-option';
import {
  metricTrendCsv,
  metricTrendDescription,
  metricTrendTable,
  toMetricTrendModel,
} from '../model/metric-trend-model';

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
  // The model, and the table and CSV made from it, are worked out once per result: the page
  // re-renders as each unit's figures arrive for the comparison below (60 times on a large organisation).
  const model = useMemo(
    () => toMetricTrendModel(metric, points, { from, to, unitId, targets, annotations }),
    [metric, points, from, to, unitId, targets, annotations],
  );
  const option = useMemo(
    () =>
      buildMetricTrendOption({
        metric,
        points: model.weeks.map((w) => w.point),
        yearEarlier: points,
        targets: model.weeks.map((w) => w.target),
        annotations: model.annotations,
        unitId,
        units,
        locale,
        theme,
        t,
      }),
    [metric, model, points, unitId, units, locale, theme, t],
  );
  const table = useMemo(() => metricTrendTable(model, locale, t), [model, locale, t]);
  const csv = useMemo(() => metricTrendCsv(model), [model]);
  const marks = useMemo(
    () =>
      annotationMarks(
        model.annotations,
        model.weeks.map((w) => w.point.period),
        (a) => annotationTitle(a, unitId, units, t),
      ),
    [model, unitId, units, t],
  );

  return (
    <Chart
      title={t('metrics.trend.title', { metric: metric.name })}
      description={metricTrendDescription(model, t)}
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
