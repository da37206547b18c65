// Pure option builder: units ranked by a metric's latest value, each with its 95% interval as a whisker.
import type { MetricDefinition } from '@/api/schemas';
import type { T } from '@/i18n/registry';
import type { ChartTheme } from '@/lib/charts/chart-theme';
import type { ChartOption } from '@/lib/charts/echarts';
import { formatSampleSize, formatValue } from '@/lib/format/format';
import { decimalsOf } from '@/domain/precision';
import { escapeHtml } from '@/lib/format/html';
import { valueSampleTooSmall } from '@/lib/format/sample-words';

export interface UnitValue {
  unit: string;
  value: number;
  ciLow?: number;
  ciHigh?: number;
  n: number;
  lowSample: boolean;
}

/** Best first: descending for higher-is-better, ascending for lower-is-better. */
export function rankUnits(values: readonly UnitValue[], metric: MetricDefinition): UnitValue[] {
  const sign = metric.direction === 'higher-is-better' ? -1 : 1;
  return [...values].sort((a, b) => sign * (a.value - b.value) || a.unit.localeCompare(b.unit));
}

export function buildUnitComparisonOption({
  metric,
  values,
  target,
  theme,
  locale,
  t,
}: {
  metric: MetricDefinition;
  values: readonly UnitValue[];
  target: number | null;
  theme: ChartTheme;
  locale: string;
  t: T;
}): ChartOption {
  const ranked = rankUnits(values, metric);
  // Drawn bottom-up: reverse so the best unit is on top.
  const rows = [...ranked].reverse();
  const fmt = (v: number | undefined) => formatValue(v, metric, locale);
  return {
    animation: false,
    textStyle: { color: theme.text, fontSize: theme.fontSize },
    // The margins hold the labels (names truncated to 160 px, values beside and below), so ECharts
    // need not lay out every label first to keep them inside, which grows with the units shown.
    // The top margin holds the target line's label, above the first unit's value.
    grid: { left: 170, right: 64, top: 42, bottom: 32, outerBoundsMode: 'none' },
    tooltip: {
      formatter: (raw: unknown) => {
        const i = (raw as { dataIndex: number }).dataIndex;
        const u = rows[i];
        if (!u) return '';
        const named = `${metric.name}: ${fmt(u.value)}`;
        const lines = [
          u.unit,
          u.lowSample
            ? valueSampleTooSmall(named, u.n, metric.minReportableN, t)
            : `${named} (${formatSampleSize(u.n, locale)})`,
        ];
        if (u.ciLow != null && u.ciHigh != null)
          lines.push(
            t('metrics.trend.tooltipInterval', { low: fmt(u.ciLow), high: fmt(u.ciHigh) }),
          );
        return lines.map(escapeHtml).join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      scale: true,
      // No ticks finer than the metric's decimals, so no two labels read the same.
      minInterval: 10 ** -decimalsOf(metric),
      axisLabel: { color: theme.muted, formatter: (v: number) => fmt(v) },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    yAxis: {
      type: 'category',
      data: rows.map((u) => u.unit),
      // Every unit named (a row is 44 px: they always fit). Saying so spares ECharts measuring all
      // the labels to choose which to skip.
      axisLabel: { color: theme.text, width: 160, overflow: 'truncate', interval: 0 },
      axisTick: { show: false },
    },
    series: [
      {
        name: t('metrics.interval'),
        type: 'custom',
        renderItem: (_params: unknown, api: unknown) => {
          const a = api as {
            value: (dim: number) => number;
            coord: (v: [number, number]) => [number, number];
          };
          const y = a.value(0);
          const lo = a.coord([a.value(1), y]);
          const hi = a.coord([a.value(2), y]);
          const cap = 6;
          const style = { stroke: theme.muted, lineWidth: 2 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style },
              {
                type: 'line',
                shape: { x1: lo[0], y1: lo[1] - cap, x2: lo[0], y2: lo[1] + cap },
                style,
              },
              {
                type: 'line',
                shape: { x1: hi[0], y1: hi[1] - cap, x2: hi[0], y2: hi[1] + cap },
                style,
              },
            ],
          };
        },
        encode: { x: [1, 2], y: 0 },
        data: rows.flatMap((u, i) =>
          u.ciLow != null && u.ciHigh != null ? [[i, u.ciLow, u.ciHigh]] : [],
        ),
        silent: true,
        z: 1,
      },
      {
        name: metric.name,
        type: 'scatter',
        data: rows.map((u) => ({
          value: u.value,
          symbol: u.lowSample ? 'emptyCircle' : 'circle',
          symbolSize: 14,
          itemStyle: {
            color: u.lowSample ? theme.surface : theme.line,
            borderColor: theme.line,
            borderWidth: 2,
          },
        })),
        label: {
          show: true,
          // Above the dot, clear of the whisker.
          position: 'top',
          distance: 8,
          fontWeight: 600,
          color: theme.text,
          formatter: (p: { value: unknown }) => fmt(p.value as number),
        },
        z: 2,
        markLine:
          target != null
            ? {
                symbol: 'none',
                silent: true,
                lineStyle: { color: theme.target, type: 'dashed' },
                label: {
                  formatter: t('metrics.comparison.target', { value: fmt(target) }),
                  color: theme.text,
                  // Above the plot, where no unit's value label can sit under it.
                  position: 'end',
                  distance: 16,
                },
                data: [{ xAxis: target }],
              }
            : undefined,
      },
    ],
  };
}
