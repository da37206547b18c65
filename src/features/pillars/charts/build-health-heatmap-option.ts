// Pure option builder: a grid of pillar scores in health colours, each cell labelled with its score so
// colour is never the only signal. Serves pillars × months and pillars × units.
import type { T } from '@/i18n/registry';
import type { ChartTheme } from '@/lib/charts/chart-theme';
import type { ChartOption } from '@/lib/charts/echarts';
import { formatNumber } from '@/lib/format/format';
import { asDisplayed, SCORE_DECIMALS } from '@/domain/precision';
import { escapeHtml } from '@/lib/format/html';
import { healthColour, healthTextColour } from '@/lib/charts/palette';
import { healthOf, type HealthThresholds } from '@/domain/pillars';
import { healthWord } from '@/lib/format/domain-words';

export interface HealthHeatmapInput {
  /** Row labels, top to bottom. */
  rows: readonly string[];
  /** Column labels, left to right. */
  columns: readonly string[];
  /** cells[row][column]: a score, or null where there is none. */
  cells: readonly (readonly (number | null)[])[];
  thresholds: HealthThresholds;
  theme: ChartTheme;
  locale: string;
  t: T;
  /** Extra tooltip line per cell, e.g. respondents. */
  detail?: (row: number, column: number) => string | null;
}

export function buildHealthHeatmapOption(input: HealthHeatmapInput): ChartOption {
  const { rows, columns, cells, thresholds, theme, locale, t } = input;
  const data = cells.flatMap((row, r) =>
    row.flatMap((score, c) => {
      if (score == null) return [];
      const health = healthOf(score, thresholds);
      return [
        {
          // Rows are drawn bottom-up by ECharts; reverse so the first row sits on top. The score as
          // shown (one decimal), so the label, the tooltip and the visual map's bands agree.
          value: [c, rows.length - 1 - r, asDisplayed(score, SCORE_DECIMALS)],
          itemStyle: {
            color: healthColour(health, theme.name),
            borderColor: theme.surface,
            borderWidth: 2,
          },
          label: { color: healthTextColour(health, theme.name) },
        },
      ];
    }),
  );

  return {
    animation: false,
    textStyle: { color: theme.text, fontSize: theme.fontSize },
    grid: { left: 236, right: 16, top: 8, bottom: 48 },
    // ECharts requires a visualMap for heatmaps; it carries the health bands (the per-cell colours
    // below say the same, explicitly).
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      pieces: [
        { lt: thresholds.amber, color: healthColour('red', theme.name) },
        { gte: thresholds.amber, lt: thresholds.green, color: healthColour('amber', theme.name) },
        { gte: thresholds.green, color: healthColour('green', theme.name) },
      ],
    },
    tooltip: {
      formatter: (raw: unknown) => {
        const { value } = raw as { value: [number, number, number] };
        const r = rows.length - 1 - value[1];
        const lines = [
          `${rows[r]}, ${columns[value[0]]}`,
          t('pillars.heatmap.tooltipScore', {
            score: formatNumber(value[2], locale),
            health: healthWord(healthOf(value[2], thresholds), t),
          }),
        ];
        const extra = input.detail?.(r, value[0]);
        if (extra) lines.push(extra);
        return lines.map(escapeHtml).join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: [...columns],
      axisLabel: {
        color: theme.muted,
        interval: columns.length > 14 ? 1 : 0,
        rotate: columns.length > 8 ? 30 : 0,
      },
      axisLine: { lineStyle: { color: theme.grid } },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      data: [...rows].reverse(),
      axisLabel: { color: theme.text, width: 226, overflow: 'truncate' },
      axisLine: { show: false },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: {
          show: true,
          fontWeight: 600,
          fontSize: columns.length > 14 ? theme.fontSize - 3 : theme.fontSize - 1,
          formatter: (p: { value: unknown }) => formatNumber((p.value as number[])[2], locale),
        },
        emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 2 } },
      },
    ],
  };
}
