// The radar of the seven pillars: now, a quarter ago and a year ago, told apart by colour, line style
// and symbol, in every theme.
import { chartThemes, lightChartTheme } from '@/lib/charts/chart-theme';
import { buildPillarRadarOption, wrap, type RadarSnapshot } from './build-pillar-radar-option';

interface RadarItem {
  name: string;
  value: number[];
  symbol: string;
  lineStyle: { color: string; type: string; width: number };
  itemStyle: { color: string };
  areaStyle?: { color: string; opacity: number };
}
interface RadarOption {
  textStyle: { color: string; fontSize: number };
  legend: { data: { name: string; icon: string }[]; textStyle: { color: string } };
  radar: {
    indicator: { name: string; min: number; max: number }[];
    axisName: { color: string; fontSize: number; formatter: (name?: string) => string };
    splitLine: { lineStyle: { color: string } };
    axisLine: { lineStyle: { color: string } };
  };
  series: { type: string; data: RadarItem[] }[];
}

const pillars = ['Culture', 'Talent', 'Voice of the customer over ad spend'];
const snapshots: RadarSnapshot[] = [
  { label: 'Now (Feb 2026)', scores: [60, 70, null] },
  { label: 'A quarter ago', scores: [55, 68, 41] },
  { label: 'A year ago', scores: [50, 65, 40] },
];
const build = (theme = lightChartTheme, s: readonly RadarSnapshot[] = snapshots, p = pillars) =>
  buildPillarRadarOption({ pillars: p, snapshots: s, theme }) as unknown as RadarOption;
const items = (option: RadarOption) => option.series[0]!.data;

describe('buildPillarRadarOption', () => {
  it('puts every snapshot on the spokes, in the order of the pillars', () => {
    expect(items(build()).map((d) => [d.name, d.value])).toEqual([
      // A pillar without a score sits at the centre, where ECharts also draws a missing value.
      ['Now (Feb 2026)', [60, 70, 0]],
      ['A quarter ago', [55, 68, 41]],
      ['A year ago', [50, 65, 40]],
    ]);
  });

  it('draws one spoke per pillar on the whole 0 to 100 scale, not one fitted to the data', () => {
    expect(build().radar.indicator).toEqual([
      { name: 'Culture', min: 0, max: 100 },
      { name: 'Talent', min: 0, max: 100 },
      { name: 'Voice of the customer over ad spend', min: 0, max: 100 },
    ]);
  });

  it('wraps long pillar names at the spokes and leaves short ones whole', () => {
    const { formatter } = build().radar.axisName;
    expect(formatter('Voice of the customer over ad spend')).toBe(
      'Voice of the\ncustomer over ad\nspend',
    );
    expect(formatter('Talent')).toBe('Talent');
    expect(formatter(undefined)).toBe('');
  });

  it('tells now, a quarter ago and a year ago apart by line style and symbol, also in the legend', () => {
    const option = build();
    expect(items(option).map((d) => [d.lineStyle.type, d.symbol])).toEqual([
      ['solid', 'circle'],
      ['dashed', 'rect'],
      ['dotted', 'triangle'],
    ]);
    expect(option.legend.data).toEqual([
      { name: 'Now (Feb 2026)', icon: 'circle' },
      { name: 'A quarter ago', icon: 'rect' },
      { name: 'A year ago', icon: 'triangle' },
    ]);
  });

  it('draws now strongest: the widest line and the only filled area', () => {
    const [now, quarter, year] = items(build());
    expect(now!.lineStyle.width).toBeGreaterThan(quarter!.lineStyle.width);
    expect(now!.areaStyle).toEqual({ color: lightChartTheme.line, opacity: 0.18 });
    expect(quarter!.areaStyle).toBeUndefined();
    expect(year!.areaStyle).toBeUndefined();
  });

  it.each(['light', 'dark', 'high-contrast'] as const)(
    'takes its colours from the %s theme',
    (name) => {
      const theme = chartThemes[name];
      const option = build(theme);
      expect(items(option).map((d) => [d.lineStyle.color, d.itemStyle.color])).toEqual([
        [theme.line, theme.line],
        [theme.muted, theme.muted],
        [theme.target, theme.target],
      ]);
      expect(option.textStyle).toEqual({ color: theme.text, fontSize: theme.fontSize });
      expect(option.legend.textStyle.color).toBe(theme.text);
      expect(option.radar.axisName.color).toBe(theme.text);
      expect(option.radar.splitLine.lineStyle.color).toBe(theme.grid);
      expect(option.radar.axisLine.lineStyle.color).toBe(theme.grid);
    },
  );

  it('draws any snapshot beyond the third like the oldest', () => {
    const option = build(lightChartTheme, [
      ...snapshots,
      { label: 'Two years ago', scores: [45, 60, 38] },
    ]);
    const [, , year, older] = items(option);
    expect(older).toMatchObject({
      name: 'Two years ago',
      symbol: year!.symbol,
      lineStyle: year!.lineStyle,
    });
    expect(option.legend.data.at(-1)).toEqual({ name: 'Two years ago', icon: 'triangle' });
  });

  it('draws an empty radar when there is nothing to show', () => {
    const option = build(lightChartTheme, [], []);
    expect(option.radar.indicator).toEqual([]);
    expect(items(option)).toEqual([]);
    expect(option.legend.data).toEqual([]);
  });
});

describe('wrap', () => {
  it('breaks a label into lines of about 18 characters at spaces', () => {
    expect(wrap('Voice of the customer over ad spend')).toBe(
      'Voice of the\ncustomer over ad\nspend',
    );
  });
  it('never cuts a word longer than a line', () => {
    expect(wrap('Kundenzufriedenheitsmanagement und Service')).toBe(
      'Kundenzufriedenheitsmanagement\nund Service',
    );
  });
  it('takes another width', () => {
    expect(wrap('Voice of the customer', 10)).toBe('Voice of\nthe\ncustomer');
  });
});
