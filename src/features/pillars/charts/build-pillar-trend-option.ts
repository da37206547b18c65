// Pure option builder: every pillar's monthly score over time, one line each in the pillar's colour.
import type { T } from '@/i18n/registry';
import type { ChartTheme } from '@/lib/charts/chart-theme';
import { formatMonth } from '@/lib/format/dates';
import type { ChartOption } from '@/lib/charts/echarts';
import { formatNumber } from '@/lib/format/format';
import { escapeHtml } from '@/lib/format/html';
import { pillarColour } from '@/lib/charts/palette';
import type { HealthThresholds, PillarRow } from '@/domain/pillars';

const symbols = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'];
// A second channel besides colour: each line's dash pattern (with its symbol) tells it apart too.
const dashes: ('solid' | number[])[] = [
  'solid',
  [8, 4],
  [2, 3],
  [10, 3, 2, 3],
  [4, 4],
  [14, 4],
  [2, 6],
];

export function buildPillarTrendOption({
  rows,
  months,
  thresholds,
  theme,
  locale,
  t,
}: {
  rows: readonly PillarRow[];
  months: readonly string[];
  thresholds: HealthThresholds;
  theme: ChartTheme;
  locale: string;
  t: T;
}): ChartOption {
  return {
    animation: false,
    textStyle: { color: theme.text, fontSize: theme.fontSize },
    grid: { left: 40, right: 16, top: 56, bottom: 32 },
    legend: { top: 0, type: 'plain', textStyle: { color: theme.text }, itemGap: 14 },
    tooltip: {
      trigger: 'axis',
      formatter: (raw: unknown) => {
        const i = (raw as { dataIndex: number }[])[0]?.dataIndex ?? 0;
        const month = months[i]!;
        const lines = [formatMonth(month, locale)];
        for (const r of rows) {
          const score = r.scores.get(month);
          lines.push(
            t('pillars.trend.tooltipLine', {
              pillar: r.pillar.name,
              score: formatNumber(score, locale),
              respondents: r.respondents.get(month) ?? 0,
            }),
          );
        }
        return lines.map(escapeHtml).join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: months.map((m) => formatMonth(m, locale)),
      axisLabel: { color: theme.muted },
      axisLine: { lineStyle: { color: theme.grid } },
    },
    // Not from zero: pillar scores live in a narrow band and their movements are the story. The
    // thresholds stay in view so the health bands can be read off.
    yAxis: {
      type: 'value',
      min: (v: { min: number }) =>
        Math.max(0, Math.floor(Math.min(v.min, thresholds.amber) / 5) * 5 - 5),
      max: (v: { max: number }) =>
        Math.min(100, Math.ceil(Math.max(v.max, thresholds.green) / 5) * 5 + 5),
      axisLabel: { color: theme.muted },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    series: rows.map((r, i) => ({
      name: r.pillar.name,
      type: 'line' as const,
      data: months.map((m) => r.scores.get(m) ?? null),
      symbol: symbols[i % symbols.length],
      symbolSize: 7,
      lineStyle: { color: pillarColour(i, theme.name), width: 2, type: dashes[i % dashes.length] },
      itemStyle: { color: pillarColour(i, theme.name) },
      markLine:
        i === 0
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { color: theme.muted, type: 'dashed' as const },
              label: { color: theme.muted, formatter: '{b}', position: 'insideEndTop' },
              data: [
                {
                  yAxis: thresholds.amber,
                  name: t('pillars.trend.amberFrom', { value: thresholds.amber }),
                },
                {
                  yAxis: thresholds.green,
                  name: t('pillars.trend.greenFrom', { value: thresholds.green }),
                },
              ],
            }
          : undefined,
    })),
  };
}
