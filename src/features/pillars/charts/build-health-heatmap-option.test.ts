import { loadLocale, loadedLocale, translatorFor } from '@/i18n/registry';
import { lightChartTheme } from '@/lib/charts/chart-theme';
import { healthColour } from '@/lib/charts/palette';
import { buildHealthHeatmapOption } from './build-health-heatmap-option';

describe('buildHealthHeatmapOption', () => {
  const option = buildHealthHeatmapOption({
    rows: ['Culture', 'Talent'],
    columns: ['Oct', 'Nov'],
    cells: [
      [45, 72],
      [null, 55],
    ],
    thresholds: { amber: 50, green: 70 },
    theme: lightChartTheme,
    locale: 'en-GB',
    t: translatorFor(loadedLocale('en-GB')!),
  });
  const data = (
    option.series as { data: { value: number[]; itemStyle: { color: string } }[] }[]
  )[0]!.data;

  it('colours each cell by the health thresholds and leaves missing cells out', () => {
    expect(data.map((d) => [d.value, d.itemStyle.color])).toEqual([
      [[0, 1, 45], healthColour('red', 'light')],
      [[1, 1, 72], healthColour('green', 'light')],
      [[1, 0, 55], healthColour('amber', 'light')],
    ]);
  });
  it('words the tooltip', () => {
    const tooltip = option.tooltip as { formatter: (raw: unknown) => string };
    expect(tooltip.formatter({ value: [1, 1, 72] })).toBe('Culture, Nov<br/>Score 72.0: Strong');
  });
  it('keeps the first row on top', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual(['Talent', 'Culture']);
  });
});

describe('buildHealthHeatmapOption at the health boundaries', () => {
  const option = buildHealthHeatmapOption({
    rows: ['Culture'],
    columns: ['a', 'b', 'c', 'd', 'e'],
    cells: [[49.94, 49.95, 69.7, 69.95, 70.0]],
    thresholds: { amber: 50, green: 70 },
    theme: lightChartTheme,
    locale: 'en-GB',
    t: translatorFor(loadedLocale('en-GB')!),
  });
  const series = (
    option.series as { data: { value: number[]; itemStyle: { color: string } }[] }[]
  )[0]!;
  const label = (option.series as { label: { formatter: (p: { value: unknown }) => string } }[])[0]!
    .label;
  const tooltip = option.tooltip as { formatter: (raw: unknown) => string };

  it('labels each cell with the score and colours it by the score as labelled', () => {
    expect(
      series.data.map((d) => [label.formatter({ value: d.value }), d.itemStyle.color]),
    ).toEqual([
      ['49.9', healthColour('red', 'light')],
      ['50.0', healthColour('amber', 'light')],
      ['69.7', healthColour('amber', 'light')],
      ['70.0', healthColour('green', 'light')],
      ['70.0', healthColour('green', 'light')],
    ]);
  });
  it('says the same in the tooltip, and the visual map bands the same values', () => {
    expect(series.data.map((d) => tooltip.formatter({ value: d.value }).split('<br/>')[1])).toEqual(
      [
        'Score 49.9: Weak',
        'Score 50.0: Developing',
        'Score 69.7: Developing',
        'Score 70.0: Strong',
        'Score 70.0: Strong',
      ],
    );
    const pieces = (option.visualMap as { pieces: { gte?: number; lt?: number }[] }).pieces;
    const band = (v: number) =>
      pieces.findIndex((p) => (p.gte == null || v >= p.gte) && (p.lt == null || v < p.lt));
    expect(series.data.map((d) => band(d.value[2]!))).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('buildHealthHeatmapOption in German', () => {
  it('words the tooltip and health band in German, with a German decimal comma', async () => {
    const option = buildHealthHeatmapOption({
      rows: ['Culture'],
      columns: ['Nov.'],
      cells: [[55.5]],
      thresholds: { amber: 50, green: 70 },
      theme: lightChartTheme,
      locale: 'de-DE',
      t: translatorFor(await loadLocale('de-DE')),
      detail: () => '12 Befragte',
    });
    const tooltip = option.tooltip as { formatter: (raw: unknown) => string };
    expect(tooltip.formatter({ value: [0, 0, 55.5] })).toBe(
      'Culture, Nov.<br/>Wert 55,5: In Entwicklung<br/>12 Befragte',
    );
  });
});
