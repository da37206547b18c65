// Pure option builder: one metric over time with its 95% band, target, annotations, low-sample
// points hollow and the same weeks a year earlier.
import type { Annotation, BusinessUnit, MetricDefinition, MetricPoint } from '@/api/schemas';
import type { T } from '@/i18n/registry';
import type { ChartTheme } from '@/lib/charts/chart-theme';
import { formatDay, formatWeek } from '@/lib/format/dates';
import { isoWeekStart, sameWeekLastYear } from '@/domain/periods';
import type { ChartOption } from '@/lib/charts/echarts';
import { formatSampleSize, formatValue } from '@/lib/format/format';
import { decimalsOf } from '@/domain/precision';
import { escapeHtml } from '@/lib/format/html';
import { annotationTitle } from '@/lib/format/domain-words';
import { valueSampleTooSmall } from '@/lib/format/sample-words';

export interface MetricTrendInput {
  metric: MetricDefinition;
  /** The weeks shown, in order. */
  points: readonly MetricPoint[];
  /** Earlier weeks to look up the same week a year before each shown week. */
  yearEarlier: readonly MetricPoint[];
  /** Target per shown week (null where none holds). */
  targets: readonly (number | null)[];
  annotations: readonly Annotation[];
  /** The unit whose chart this is: another unit's events are named after it. */
  unitId: string;
  units: readonly Pick<BusinessUnit, 'id' | 'name'>[];
  locale: string;
  theme: ChartTheme;
  t: T;
}

export const annotationSymbol: Record<Annotation['kind'], string> = {
  initiative: '▲',
  incident: '▼',
  'data-issue': '!',
  'method-change': '◆',
};

export interface AnnotationMark {
  week: string;
  a: Annotation;
  /** Kind symbol and number, e.g. "▲1". */
  label: string;
  /** The title shown for it: another unit's event names the unit, "Outage (Contact centre North)". */
  title: string;
}

/** The annotations that fall in the shown weeks, in date order, numbered for their labels. */
export function annotationMarks(
  annotations: readonly Annotation[],
  weeks: readonly string[],
  titleOf: (a: Annotation) => string = (a) => a.title,
): AnnotationMark[] {
  const shown = new Set(weeks);
  return [...annotations]
    .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id))
    .filter((a) => shown.has(isoWeekStart(a.date)))
    .map((a, i) => ({
      week: isoWeekStart(a.date),
      a,
      label: `${annotationSymbol[a.kind]}${i + 1}`,
      title: titleOf(a),
    }));
}

export function buildMetricTrendOption(input: MetricTrendInput): ChartOption {
  const { metric, points, theme, locale, t } = input;
  const intervalName = t('metrics.interval');
  const yearEarlierName = t('metrics.trend.legendYearEarlier');
  const targetName = t('metrics.trend.target');
  const weeks = points.map((p) => p.period);
  const fmt = (v: number | null | undefined) => formatValue(v, metric, locale);
  const earlier = new Map(input.yearEarlier.map((p) => [p.period, p]));
  const low = (p: MetricPoint) => p.value != null && p.n < metric.minReportableN;

  const values = points.map((p) => ({
    value: p.value,
    symbol: low(p) ? 'emptyCircle' : 'circle',
    symbolSize: low(p) ? 9 : 5,
    itemStyle: low(p)
      ? { color: theme.surface, borderColor: theme.line, borderWidth: 2 }
      : undefined,
  }));
  const bandLow = points.map((p) => (p.value != null && p.ciLow != null ? p.ciLow : null));
  const bandWidth = points.map((p) =>
    p.value != null && p.ciLow != null && p.ciHigh != null ? p.ciHigh - p.ciLow : null,
  );
  const lastYear = points.map((p) => earlier.get(sameWeekLastYear(p.period))?.value ?? null);
  const hasTarget = input.targets.some((t) => t != null);

  const marks = annotationMarks(input.annotations, weeks, (a) =>
    annotationTitle(a, input.unitId, input.units, t),
  );

  return {
    animation: false,
    textStyle: { color: theme.text, fontSize: theme.fontSize },
    grid: { left: 56, right: 24, top: 48, bottom: 40 },
    legend: {
      top: 0,
      left: 0,
      itemGap: 16,
      textStyle: { color: theme.text },
      data: [metric.name, yearEarlierName, ...(hasTarget ? [targetName] : [])],
    },
    tooltip: {
      trigger: 'axis',
      formatter: (raw: unknown) => {
        const items = raw as { dataIndex: number }[];
        const i = items[0]?.dataIndex ?? 0;
        const p = points[i];
        if (!p) return '';
        const named = `${metric.name}: ${fmt(p.value)}`;
        const lines = [
          formatWeek(p.period, locale),
          p.value == null
            ? `${named} (${t('metrics.trend.tooltipNoData')})`
            : low(p)
              ? valueSampleTooSmall(named, p.n, metric.minReportableN, t)
              : `${named} (${formatSampleSize(p.n, locale)})`,
        ];
        if (p.ciLow != null && p.ciHigh != null)
          lines.push(
            t('metrics.trend.tooltipInterval', { low: fmt(p.ciLow), high: fmt(p.ciHigh) }),
          );
        if (lastYear[i] != null)
          lines.push(t('metrics.trend.tooltipYearEarlier', { value: fmt(lastYear[i]) }));
        if (input.targets[i] != null)
          lines.push(t('metrics.trend.tooltipTarget', { value: fmt(input.targets[i]) }));
        for (const m of marks.filter((m) => m.week === p.period))
          lines.push(`${m.label} ${m.title}`);
        // Plain text joined by line breaks: nothing from the API is ever interpreted as HTML.
        return lines.map(escapeHtml).join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: weeks,
      boundaryGap: false,
      axisLabel: {
        color: theme.muted,
        // The day without its year: "9 Nov", "Nov 9", "9. Nov.".
        formatter: (w: string) => formatDay(w, locale).replace(/,? \d{4}$/, ''),
      },
      axisLine: { lineStyle: { color: theme.grid } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      // No ticks finer than the metric's decimals, so no two labels read the same.
      minInterval: 10 ** -decimalsOf(metric),
      axisLabel: { color: theme.muted, formatter: (v: number) => fmt(v) },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    series: [
      {
        name: 'interval-base',
        type: 'line',
        data: bandLow,
        stack: 'band',
        lineStyle: { opacity: 0 },
        symbol: 'none',
        silent: true,
        tooltip: { show: false },
      },
      {
        name: intervalName,
        type: 'line',
        data: bandWidth,
        stack: 'band',
        lineStyle: { opacity: 0 },
        areaStyle: { color: theme.band },
        symbol: 'none',
        silent: true,
      },
      {
        name: yearEarlierName,
        type: 'line',
        data: lastYear,
        lineStyle: { color: theme.muted, type: 'dashed', width: 1.5 },
        itemStyle: { color: theme.muted },
        symbol: 'none',
        connectNulls: false,
      },
      {
        name: metric.name,
        type: 'line',
        data: values,
        lineStyle: { color: theme.line, width: 2.5 },
        itemStyle: { color: theme.line },
        showAllSymbol: true,
        connectNulls: false,
        markLine: marks.length
          ? {
              symbol: 'none',
              silent: false,
              label: {
                formatter: '{b}',
                position: 'end',
                color: theme.text,
                fontSize: theme.fontSize - 1,
                fontWeight: 600,
              },
              lineStyle: { color: theme.muted, type: 'dotted', width: 1.5 },
              // Short numbered labels on the chart; the titles are listed beside it and in the tooltip.
              data: marks.map(({ week, label }) => ({ xAxis: week, name: label })),
            }
          : undefined,
      },
      ...(hasTarget
        ? [
            {
              name: targetName,
              type: 'line' as const,
              data: [...input.targets],
              step: 'end' as const,
              lineStyle: { color: theme.target, type: [6, 4], width: 1.5 },
              itemStyle: { color: theme.target },
              symbol: 'none',
            },
          ]
        : []),
    ],
  };
}
