// Every pillar's monthly score on one chart: a line each, told apart by colour, dash and symbol, on
// an axis that keeps the health thresholds in view.
import { loadLocale, loadedLocale, translatorFor } from '@/i18n/registry';
import { chartThemes, lightChartTheme, type ChartTheme } from '@/lib/charts/chart-theme';
import { pillarColour } from '@/lib/charts/palette';
import type { PillarRow } from '@/domain/pillars';
import { buildPillarTrendOption } from './build-pillar-trend-option';

interface TrendSeries {
  name: string;
  type: string;
  data: (number | null)[];
  symbol: string;
  lineStyle: { color: string; type: string | number[] };
  itemStyle: { color: string };
  markLine?: {
    lineStyle: { color: string };
    label: { color: string };
    data: { yAxis: number; name: string }[];
  };
}
interface TrendOption {
  textStyle: { color: string; fontSize: number };
  tooltip: { formatter: (raw: unknown) => string };
  xAxis: {
    data: string[];
    axisLabel: { color: string };
    axisLine: { lineStyle: { color: string } };
  };
  yAxis: {
    min: (v: { min: number }) => number;
    max: (v: { max: number }) => number;
    axisLabel: { color: string };
    splitLine: { lineStyle: { color: string } };
  };
  series: TrendSeries[];
}

function row(
  id: string,
  scores: [string, number | null][],
  respondents: [string, number][] = [],
): PillarRow {
  return {
    pillar: { id, name: id[0]!.toUpperCase() + id.slice(1), description: '' },
    scores: new Map(scores),
    respondents: new Map(respondents),
    intervals: new Map(),
  };
}

const months = ['2026-10-01', '2026-11-01'];
const culture = row(
  'culture',
  [
    ['2026-10-01', 61.5],
    ['2026-11-01', 63],
  ],
  [
    ['2026-10-01', 1200],
    ['2026-11-01', 35],
  ],
);
const talent = row('talent', [['2026-11-01', 48.25]], [['2026-11-01', 80]]);

const build = ({
  rows = [culture, talent] as readonly PillarRow[],
  theme = lightChartTheme as ChartTheme,
  locale = 'en-GB',
  monthsShown = months as readonly string[],
} = {}) =>
  buildPillarTrendOption({
    rows,
    months: monthsShown,
    thresholds: { amber: 50, green: 70 },
    theme,
    locale,
    t: translatorFor(loadedLocale(locale)!),
  }) as unknown as TrendOption;

describe('buildPillarTrendOption', () => {
  it('draws a line per pillar through its monthly scores, with a gap where a month has none', () => {
    expect(build().series.map((s) => [s.name, s.type, s.data])).toEqual([
      ['Culture', 'line', [61.5, 63]],
      ['Talent', 'line', [null, 48.25]],
    ]);
  });

  it('keeps the thresholds in view: the axis reaches from below amber to above green', () => {
    const { yAxis } = build();
    // Scores between the thresholds: the axis still shows both, with a step of room.
    expect([yAxis.min({ min: 61.5 }), yAxis.max({ max: 63 })]).toEqual([45, 75]);
    // Scores outside them: the axis follows the scores to the next multiple of five, plus five.
    expect([yAxis.min({ min: 38.2 }), yAxis.max({ max: 81 })]).toEqual([30, 90]);
  });

  it('never runs the axis past the 0 to 100 scale', () => {
    const { yAxis } = build();
    expect(yAxis.min({ min: 2 })).toBe(0);
    expect(yAxis.max({ max: 98 })).toBe(100);
  });

  it('marks the amber and green thresholds once, on the first line, in words', () => {
    const [first, second] = build().series;
    expect(first!.markLine!.data).toEqual([
      { yAxis: 50, name: 'Amber from 50' },
      { yAxis: 70, name: 'Green from 70' },
    ]);
    expect(second!.markLine).toBeUndefined();
  });

  it('gives each of seven pillars its own colour, dash pattern and symbol', () => {
    const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => row(id, [['2026-10-01', 60]]));
    const series = build({ rows }).series;
    const distinct = (values: unknown[]) => new Set(values.map((v) => JSON.stringify(v))).size;
    expect(distinct(series.map((s) => s.lineStyle.color))).toBe(7);
    expect(distinct(series.map((s) => s.lineStyle.type))).toBe(7);
    expect(distinct(series.map((s) => s.symbol))).toBe(7);
    expect(series[0]!.lineStyle.type).toBe('solid');
  });

  it('starts the dashes and symbols again from the eighth pillar', () => {
    const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) =>
      row(id, [['2026-10-01', 60]]),
    );
    const series = build({ rows }).series;
    expect(series[7]!.symbol).toBe(series[0]!.symbol);
    expect(series[7]!.lineStyle.type).toEqual(series[0]!.lineStyle.type);
  });

  it.each(['light', 'dark', 'high-contrast'] as const)(
    'takes its colours from the %s theme',
    (name) => {
      const theme = chartThemes[name];
      const option = build({ theme });
      expect(option.series.map((s) => [s.lineStyle.color, s.itemStyle.color])).toEqual([
        [pillarColour(0, name), pillarColour(0, name)],
        [pillarColour(1, name), pillarColour(1, name)],
      ]);
      expect(option.textStyle).toEqual({ color: theme.text, fontSize: theme.fontSize });
      expect(option.xAxis.axisLabel.color).toBe(theme.muted);
      expect(option.yAxis.axisLabel.color).toBe(theme.muted);
      expect(option.xAxis.axisLine.lineStyle.color).toBe(theme.grid);
      expect(option.yAxis.splitLine.lineStyle.color).toBe(theme.grid);
      expect(option.series[0]!.markLine!.lineStyle.color).toBe(theme.muted);
      expect(option.series[0]!.markLine!.label.color).toBe(theme.muted);
    },
  );

  it('names every pillar in the tooltip, a dash where a month has no score', () => {
    const { tooltip } = build();
    expect(tooltip.formatter([{ dataIndex: 0 }])).toBe(
      'Oct 2026<br/>Culture: 61.5 (1,200 respondents)<br/>Talent: – (0 respondents)',
    );
    expect(tooltip.formatter([{ dataIndex: 1 }])).toBe(
      'Nov 2026<br/>Culture: 63.0 (35 respondents)<br/>Talent: 48.3 (80 respondents)',
    );
  });

  it('shows a pillar name from the API as text, never as markup', () => {
    const named: PillarRow = {
      ...culture,
      pillar: { ...culture.pillar, name: '<img src=x onerror=alert(1)>' },
    };
    const text = build({ rows: [named] }).tooltip.formatter([{ dataIndex: 0 }]);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toContain('<img');
  });

  it('draws an empty chart when there are no pillars or months', () => {
    const option = build({ rows: [], monthsShown: [] });
    expect(option.series).toEqual([]);
    expect(option.xAxis.data).toEqual([]);
  });

  it('words the months, tooltip and thresholds in English', () => {
    const option = build({ rows: [culture] });
    expect({
      tooltip: option.tooltip.formatter([{ dataIndex: 0 }]),
      thresholds: option.series[0]!.markLine!.data.map((d) => d.name),
      months: option.xAxis.data,
    }).toEqual({
      tooltip: 'Oct 2026<br/>Culture: 61.5 (1,200 respondents)',
      thresholds: ['Amber from 50', 'Green from 70'],
      months: ['Oct 2026', 'Nov 2026'],
    });
  });

  it('words them in German', async () => {
    await loadLocale('de-DE');
    const option = build({ rows: [culture], locale: 'de-DE' });
    expect({
      tooltip: option.tooltip.formatter([{ dataIndex: 0 }]),
      thresholds: option.series[0]!.markLine!.data.map((d) => d.name),
      months: option.xAxis.data,
    }).toEqual({
      tooltip: 'Okt. 2026<br/>Culture: 61,5 (1.200 Befragte)',
      thresholds: ['Gelb ab 50', 'Grün ab 70'],
      months: ['Okt. 2026', 'Nov. 2026'],
    });
  });
});
