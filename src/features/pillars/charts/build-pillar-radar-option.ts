// Pure option builder: the seven pillars now, a quarter ago and a year ago on one radar.
import type { ChartTheme } from '@/lib/charts/chart-theme';
import type { ChartOption } from '@/lib/charts/echarts';

export interface RadarSnapshot {
  label: string;
  /** One score per pillar in the order of `pillars`; null where there is none. */
  scores: readonly (number | null)[];
}

export function buildPillarRadarOption({
  pillars,
  snapshots,
  theme,
}: {
  pillars: readonly string[];
  snapshots: readonly RadarSnapshot[];
  theme: ChartTheme;
}): ChartOption {
  // Now solid and strong, the past dashed and lighter: told apart by line style as well as colour.
  const styles = [
    // A symbol each as well (also in the legend): in some themes the two past colours are alike.
    { color: theme.line, type: 'solid' as const, width: 3, area: 0.18, symbol: 'circle' },
    { color: theme.muted, type: 'dashed' as const, width: 2, area: 0, symbol: 'rect' },
    { color: theme.target, type: 'dotted' as const, width: 2, area: 0, symbol: 'triangle' },
  ];
  return {
    animation: false,
    textStyle: { color: theme.text, fontSize: theme.fontSize },
    legend: {
      bottom: 0,
      textStyle: { color: theme.text },
      data: snapshots.map((s, i) => ({ name: s.label, icon: (styles[i] ?? styles[2]!).symbol })),
    },
    tooltip: { trigger: 'item' },
    radar: {
      indicator: pillars.map((name) => ({ name, min: 0, max: 100 })),
      radius: '58%',
      center: ['50%', '50%'],
      // Long pillar names wrap onto two lines so none is cut at the chart's edge.
      axisName: {
        color: theme.text,
        fontSize: theme.fontSize - 1,
        formatter: (name?: string) => wrap(name ?? ''),
      },
      splitLine: { lineStyle: { color: theme.grid } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: theme.grid } },
    },
    series: [
      {
        type: 'radar',
        data: snapshots.map((s, i) => {
          const style = styles[i] ?? styles[2]!;
          return {
            name: s.label,
            value: s.scores.map((v) => v ?? 0),
            lineStyle: { color: style.color, type: style.type, width: style.width },
            itemStyle: { color: style.color },
            areaStyle: style.area ? { color: style.color, opacity: style.area } : undefined,
            symbol: style.symbol,
            symbolSize: 7,
          };
        }),
      },
    ],
  };
}

/** Breaks a label into lines of about 18 characters at spaces. */
export function wrap(label: string, width = 18): string {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
