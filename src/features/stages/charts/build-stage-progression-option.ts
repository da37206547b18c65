// Pure option builder: a unit's maturity score by quarter on the catalog's stage bands, the stage held
// each quarter, and promotions and demotions marked.
import type { T } from '@/i18n/registry';
import type { ChartTheme } from '@/lib/charts/chart-theme';
import { formatQuarter } from '@/lib/format/dates';
import type { ChartOption } from '@/lib/charts/echarts';
import { formatNumber } from '@/lib/format/format';
import { stageColour } from '@/lib/charts/palette';
import type { StageBand, StageStep } from '@/domain/stages';
import { escapeHtml } from '@/lib/format/html';

export interface StageProgressionInput {
  steps: readonly StageStep[];
  bands: readonly StageBand[];
  theme: ChartTheme;
  locale: string;
  t: T;
}

export function buildStageProgressionOption({
  steps,
  bands,
  theme,
  locale,
  t,
}: StageProgressionInput): ChartOption {
  const quarters = steps.map((s) => formatQuarter(s.period, locale));
  const bandIndex = (order: number | null) => bands.findIndex((b) => b.stage.order === order);
  const stageName = (s: StageStep) =>
    bands[bandIndex(s.order)]?.stage.name ?? t('stages.chart.unknownStage', { stage: s.stage });

  return {
    animation: false,
    textStyle: { color: theme.text, fontSize: theme.fontSize },
    grid: { left: 48, right: 150, top: 16, bottom: 36 },
    tooltip: {
      trigger: 'axis',
      formatter: (raw: unknown) => {
        const i = (raw as { dataIndex: number }[])[0]?.dataIndex ?? 0;
        const s = steps[i];
        if (!s) return '';
        const lines = [
          t('stages.chart.tooltipScore', {
            quarter: quarters[i]!,
            score: formatNumber(s.score, locale),
          }),
          t('stages.chart.tooltipStage', { stage: stageName(s) }),
        ];
        if (s.move)
          lines.push(
            t(
              s.move === 'promotion'
                ? 'stages.chart.tooltipPromoted'
                : 'stages.chart.tooltipDemoted',
            ),
          );
        if (s.note) lines.push(s.note);
        return lines.map(escapeHtml).join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: quarters,
      boundaryGap: true,
      axisLabel: { color: theme.muted },
      axisLine: { lineStyle: { color: theme.grid } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 20,
      axisLabel: { color: theme.muted },
      splitLine: { show: false },
    },
    series: [
      {
        name: t('stages.chart.seriesName'),
        type: 'line',
        data: steps.map((s) => {
          const colour =
            s.order == null ? theme.muted : stageColour(bandIndex(s.order), theme.name);
          return {
            value: s.score,
            symbol:
              s.move === 'promotion'
                ? 'triangle'
                : s.move === 'demotion'
                  ? 'path://M0,0 L10,0 L5,10 Z'
                  : s.order == null
                    ? 'emptyCircle'
                    : 'circle',
            symbolSize: s.move ? 16 : 10,
            itemStyle: { color: colour, borderColor: theme.text, borderWidth: 1 },
          };
        }),
        lineStyle: { color: theme.text, width: 2 },
        label: {
          show: true,
          position: 'top',
          color: theme.text,
          formatter: (p: { value: unknown }) => formatNumber(p.value as number, locale),
        },
        markArea: {
          silent: true,
          data: bands.map((b, i) => [
            {
              yAxis: b.from,
              name: b.stage.name,
              itemStyle: {
                color: stageColour(i, theme.name),
                opacity: theme.name === 'high-contrast' ? 0.25 : 0.14,
              },
              label: { position: 'right', color: theme.text, fontWeight: 600, distance: 8 },
            },
            { yAxis: b.to },
          ]),
        },
      },
    ],
  };
}
