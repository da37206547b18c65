// One metric over the chosen range, as its chart, table, CSV and description read it: the weeks
// shown, each with the same week a year earlier and its target, and the events that concern it.
import type { Annotation, MetricDefinition, MetricPoint, Target } from '@/api/schemas';
import type { ChartCsv, ChartTable } from '@/components/chart';
import { findTarget } from '@/domain/headline';
import type { T } from '@/i18n/registry';
import { formatWeekNumber } from '@/lib/format/dates';
import { sameWeekLastYear } from '@/domain/periods';
import { formatValue } from '@/lib/format/format';
import { valueSampleTooSmall } from '@/lib/format/sample-words';

export interface MetricTrendWeek {
  point: MetricPoint;
  /** The same week a year earlier, when the answer reaches back that far. */
  yearEarlier: number | null;
  target: number | null;
}

export interface MetricTrendModel {
  metric: MetricDefinition;
  /** The weeks of the range, in order. */
  weeks: MetricTrendWeek[];
  /** Events of every metric, and of this one. */
  annotations: Annotation[];
  /** Weeks with a value whose sample is below the metric's minimum. */
  lowSampleWeeks: number;
  hasTarget: boolean;
}

export function toMetricTrendModel(
  metric: MetricDefinition,
  /** All weeks fetched: the range plus a year before it. */
  points: readonly MetricPoint[],
  options: {
    from: string;
    to: string;
    unitId: string;
    targets: readonly Target[];
    annotations: readonly Annotation[];
  },
): MetricTrendModel {
  const { from, to, unitId, targets, annotations } = options;
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const weeks = points
    .filter((p) => p.period >= from && p.period <= to)
    .map((point) => ({
      point,
      yearEarlier: byPeriod.get(sameWeekLastYear(point.period))?.value ?? null,
      target: findTarget(targets, metric.id, unitId, point.period)?.value ?? null,
    }));
  return {
    metric,
    weeks,
    annotations: annotations.filter((a) => a.metric == null || a.metric === metric.id),
    lowSampleWeeks: weeks.filter((w) => w.point.value != null && w.point.n < metric.minReportableN)
      .length,
    hasTarget: weeks.some((w) => w.target != null),
  };
}

/** The table behind the chart, in the locale: a week per row, a small sample said in words. */
export function metricTrendTable(model: MetricTrendModel, locale: string, t: T): ChartTable {
  const { metric } = model;
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
    rows: model.weeks.map(({ point: p, yearEarlier, target }) => [
      formatWeekNumber(p.period, locale),
      p.value != null && p.n < metric.minReportableN
        ? valueSampleTooSmall(fmt(p.value), p.n, metric.minReportableN, t)
        : fmt(p.value),
      p.n,
      p.ciLow != null && p.ciHigh != null
        ? t('metrics.range', { low: fmt(p.ciLow), high: fmt(p.ciHigh) })
        : '–',
      fmt(yearEarlier),
      fmt(target),
    ]),
  };
}

/** The CSV export: unformatted numbers, with the unit in the headers and the interval's two ends. */
export function metricTrendCsv(model: MetricTrendModel): ChartCsv {
  const { metric } = model;
  return {
    columns: [
      'week',
      `${metric.name} (${metric.unit})`,
      'n',
      '95% low',
      '95% high',
      `same week a year earlier (${metric.unit})`,
      `target (${metric.unit})`,
    ],
    rows: model.weeks.map(({ point: p, yearEarlier, target }) => [
      p.period,
      p.value,
      p.n,
      p.ciLow,
      p.ciHigh,
      yearEarlier,
      target,
    ]),
  };
}

/** What the chart shows, for its caption and screen readers. */
export function metricTrendDescription(model: MetricTrendModel, t: T): string {
  return [
    model.metric.description,
    t('metrics.trend.description'),
    ...(model.hasTarget ? [t('metrics.trend.descriptionTarget')] : []),
    ...(model.lowSampleWeeks
      ? [
          t('metrics.trend.descriptionLowSample', {
            count: model.lowSampleWeeks,
            min: model.metric.minReportableN,
          }),
        ]
      : []),
  ].join(' ');
}
