// Pure option builder for the wall: a headline metric's recent weeks in big type, with its 95% band
// and target; no legend, no tooltip, nothing that needs a mouse.
import type { Annotation, BusinessUnit, MetricDefinition, MetricPoint } from '@/api/schemas';
import { annotationTitle } from '@/lib/format/domain-words';
import type { ChartTheme } from '@/lib/charts/chart-theme';
import type { T } from '@/i18n/registry';
import { formatDayMonth } from '@/lib/format/dates';
import { isoWeekStart } from '@/domain/periods';
import type { ChartOption } from '@/lib/charts/echarts';
import { formatValue } from '@/lib/format/format';
import { decimalsOf } from '@/domain/precision';

export function buildWallTrendOption({
  metric,
  points,
  target,
  annotations = [],
  unitId,
  units,
  theme,
  locale,
  t,
}: {
  metric: MetricDefinition;
  points: readonly MetricPoint[];
  target: number | null;
  /** Events that apply to the metric; each shown week's are marked with a short title. */
  annotations?: readonly Annotation[];
  /** The unit on the wall: another unit's events are named after it. */
  unitId: string;
  units: readonly Pick<BusinessUnit, 'id' | 'name'>[];
  theme: ChartTheme;
  locale: string;
  t: T;
}): ChartOption {
  const fmt = (v: number) => formatValue(v, metric, locale);
  const low = (p: MetricPoint) => p.value != null && p.n < metric.minReportableN;
  const shown = new Set(points.map((p) => p.period));
  const events = annotations
    .filter((a) => (a.metric == null || a.metric === metric.id) && shown.has(isoWeekStart(a.date)))
    .map((a) => ({
      xAxis: isoWeekStart(a.date),
      // The title shortened, then the unit it belongs to (when not this one) in full.
      name: annotationTitle(
        a,
        unitId,
        units,
        t,
        a.title.length > 28 ? `${a.title.slice(0, 27).trimEnd()}…` : a.title,
      ),
    }));
  return {
    animation: false,
    textStyle: { color: theme.text, fontSize: theme.fontSize },
    grid: {
      left: theme.fontSize * 5,
      right: theme.fontSize * 2,
      top: theme.fontSize,
      bottom: theme.fontSize * 3,
    },
    xAxis: {
      type: 'category',
      data: points.map((p) => p.period),
      boundaryGap: false,
      axisLabel: {
        color: theme.text,
        fontSize: theme.fontSize,
        margin: theme.fontSize * 0.8,
        formatter: (w: string) => formatDayMonth(w, locale),
      },
      axisLine: { lineStyle: { color: theme.grid, width: 2 } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      splitNumber: 3,
      // No ticks finer than the metric's decimals, so no two labels read the same.
      minInterval: 10 ** -decimalsOf(metric),
      axisLabel: { color: theme.text, fontSize: theme.fontSize, formatter: (v: number) => fmt(v) },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    series: [
      {
        type: 'line',
        data: points.map((p) => (p.value != null ? (p.ciLow ?? null) : null)),
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        silent: true,
      },
      {
        type: 'line',
        data: points.map((p) =>
          p.value != null && p.ciLow != null && p.ciHigh != null ? p.ciHigh - p.ciLow : null,
        ),
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: theme.band },
        silent: true,
      },
      {
        type: 'line',
        data: points.map((p) => ({
          value: p.value,
          symbol: low(p) ? 'emptyCircle' : 'circle',
          symbolSize: low(p) ? theme.fontSize * 0.6 : theme.fontSize * 0.35,
        })),
        lineStyle: { color: theme.line, width: Math.max(3, theme.fontSize / 6) },
        itemStyle: { color: theme.line, borderWidth: 3 },
        connectNulls: false,
        markLine:
          target != null || events.length
            ? {
                symbol: 'none',
                silent: true,
                lineStyle: { color: theme.target, type: 'dashed', width: 3 },
                label: { color: theme.text, fontSize: theme.fontSize },
                data: [
                  ...(target != null
                    ? [
                        {
                          yAxis: target,
                          label: {
                            formatter: t('wall.family.targetLine', { value: fmt(target) }),
                            position: 'insideEndTop' as const,
                          },
                        },
                      ]
                    : []),
                  // Initiatives and incidents: a dotted line at their week, with a short title.
                  ...events.map((e) => ({
                    xAxis: e.xAxis,
                    lineStyle: { color: theme.muted, type: 'dotted' as const, width: 2 },
                    label: { formatter: e.name, position: 'insideEndTop' as const },
                  })),
                ],
              }
            : undefined,
      },
    ],
  };
}
