import type { Annotation, MetricDefinition, MetricPoint } from '@/api/schemas';
import { loadLocale, loadedLocale, translatorFor } from '@/i18n/registry';
import { lightChartTheme } from '@/lib/charts/chart-theme';
import { annotationMarks, buildMetricTrendOption } from './build-metric-trend-option';

const metric: MetricDefinition = {
  id: 'nps',
  family: 'advocacy',
  name: 'NPS',
  unit: 'points',
  min: -100,
  max: 100,
  direction: 'higher-is-better',
  headline: false,
  minReportableN: 50,
  description: '',
};

const points: MetricPoint[] = [
  { period: '2026-10-26', value: 20, n: 400, ciLow: 17, ciHigh: 23 },
  { period: '2026-11-02', value: null, n: 0 },
  { period: '2026-11-09', value: 25, n: 30, ciLow: 10, ciHigh: 40 },
  { period: '2026-11-16', value: 22, n: 410, ciLow: 19, ciHigh: 25 },
];
const yearEarlier: MetricPoint[] = [
  { period: '2025-10-27', value: 15, n: 300, ciLow: 12, ciHigh: 18 },
];
const annotations: Annotation[] = [
  {
    id: 'b',
    date: '2026-11-12',
    unit: null,
    metric: null,
    kind: 'incident',
    title: 'Outage <b>3 days</b>',
  },
  { id: 'a', date: '2026-10-27', unit: null, metric: 'nps', kind: 'initiative', title: 'Launch' },
  { id: 'c', date: '2026-06-01', unit: null, metric: null, kind: 'incident', title: 'Too early' },
];

type Series = {
  name: string;
  data: unknown[];
  markLine?: { data: { xAxis: string; name: string }[] };
};
const build = (locale = 'en-GB') =>
  buildMetricTrendOption({
    metric,
    points,
    yearEarlier,
    targets: [30, 30, 30, null],
    annotations,
    unitId: 'all',
    units: [],
    locale,
    theme: lightChartTheme,
    t: translatorFor(loadedLocale(locale)!),
  });
const series = (name: string) => (build().series as Series[]).find((s) => s.name === name)!;

describe('buildMetricTrendOption', () => {
  it('draws the value with gaps as gaps, not zeros', () => {
    expect(series('NPS').data.map((d) => (d as { value: number | null }).value)).toEqual([
      20,
      null,
      25,
      22,
    ]);
  });
  it('draws low-sample weeks hollow', () => {
    const symbols = series('NPS').data.map((d) => (d as { symbol: string }).symbol);
    expect(symbols).toEqual(['circle', 'circle', 'emptyCircle', 'circle']);
  });
  it('draws the 95% band as a base and a width, stacked', () => {
    expect(series('interval-base').data).toEqual([17, null, 10, 19]);
    expect(series('95% interval').data).toEqual([6, null, 30, 6]);
  });
  it('puts the same week a year earlier beside each week', () => {
    expect(series('Same week a year earlier').data).toEqual([15, null, null, null]);
  });
  it('draws the target where one holds', () => {
    expect(series('Target').data).toEqual([30, 30, 30, null]);
  });
  it('marks annotations in their week, numbered in date order, leaving out those outside the range', () => {
    expect(series('NPS').markLine?.data).toEqual([
      { xAxis: '2026-10-26', name: '▲1' },
      { xAxis: '2026-11-09', name: '▼2' },
    ]);
  });
  it('escapes API text in the tooltip', () => {
    const tooltip = build().tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 2 }])).toContain('Outage &lt;b&gt;3 days&lt;/b&gt;');
    expect(tooltip.formatter([{ dataIndex: 2 }])).toContain(
      'NPS: +25.0, sample too small (n\u00a0=\u00a030\u00a0&lt;\u00a050)',
    );
  });
});

describe('buildMetricTrendOption in German', () => {
  beforeAll(async () => {
    await loadLocale('de-DE');
  });
  it('names the series and legend in German', () => {
    const option = build('de-DE');
    expect((option.series as Series[]).map((s) => s.name)).toEqual([
      'interval-base',
      'Konfidenzintervall (95 %)',
      'Dieselbe Woche im Vorjahr',
      'NPS',
      'Ziel',
    ]);
    expect((option.legend as { data: string[] }).data).toEqual([
      'NPS',
      'Dieselbe Woche im Vorjahr',
      'Ziel',
    ]);
  });
  it('words the tooltip in German, with KW weeks, German dates and decimal commas', () => {
    const tooltip = build('de-DE').tooltip as { formatter: (raw: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 0 }]).split('<br/>')).toEqual([
      'KW 44/2026 · 26. Okt. 2026',
      'NPS: +20,0 (n\u00a0=\u00a0400)',
      'Konfidenzintervall (95 %): +17,0 bis +23,0',
      'Vorjahr: +15,0',
      'Ziel: +30,0',
      '▲1 Launch',
    ]);
    expect(tooltip.formatter([{ dataIndex: 2 }])).toContain(
      'NPS: +25,0, Stichprobe zu klein (n\u00a0=\u00a030\u00a0&lt;\u00a050)',
    );
    expect(tooltip.formatter([{ dataIndex: 1 }])).toContain('keine Daten');
  });
});

describe('annotationMarks', () => {
  it('returns nothing when no annotation falls in the weeks', () => {
    expect(annotationMarks(annotations, ['2025-01-06'])).toEqual([]);
  });
});

describe('buildMetricTrendOption in the metric’s decimals', () => {
  const churn: MetricDefinition = {
    ...metric,
    id: 'churn',
    name: 'Churn',
    unit: 'percent',
    min: 0,
  };
  const low: MetricPoint[] = [
    { period: '2026-11-09', value: 9.5, n: 400, ciLow: 5.5, ciHigh: 13.4 },
    { period: '2026-11-16', value: 6, n: 400, ciLow: 3.1, ciHigh: 8.9 },
  ];
  const option = (m: MetricDefinition) =>
    buildMetricTrendOption({
      metric: m,
      points: low,
      yearEarlier: [],
      targets: [null, null],
      annotations: [],
      unitId: 'all',
      units: [],
      locale: 'en-GB',
      theme: lightChartTheme,
      t: translatorFor(loadedLocale('en-GB')!),
    });
  const axis = (m: MetricDefinition) =>
    option(m).yAxis as { minInterval: number; axisLabel: { formatter: (v: number) => string } };
  const tooltip = (m: MetricDefinition) =>
    (option(m).tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 0 }]);

  it('labels the axis and the tooltip with one decimal by default, never "6.00%"', () => {
    expect(axis(churn).axisLabel.formatter(6)).toBe('6.0%');
    expect(axis(churn).minInterval).toBe(0.1);
    expect(tooltip(churn)).toContain('Churn: 9.5%');
    expect(tooltip(churn)).toContain('5.5% to 13.4%');
  });
  it('follows the decimals the catalog gives the metric', () => {
    const two = { ...churn, decimals: 2 };
    expect(axis(two).axisLabel.formatter(6)).toBe('6.00%');
    expect(axis(two).minInterval).toBe(0.01);
    expect(tooltip(two)).toContain('5.50% to 13.40%');
    expect(axis({ ...churn, decimals: 0 }).axisLabel.formatter(6.5)).toBe('7%');
    expect(axis({ ...churn, decimals: 0 }).minInterval).toBe(1);
  });
});

describe("another unit's annotation on a parent's chart", () => {
  // A foreign organisation: other ids and names than the mock's.
  const units = [
    { id: 'grp', name: 'Nordwind Group' },
    { id: 'cc-n', name: 'Contact centre North' },
    { id: 'cc-s', name: 'Contact centre South' },
  ];
  const events: Annotation[] = [
    { id: 'o', date: '2026-11-10', unit: 'cc-n', metric: null, kind: 'incident', title: 'Outage' },
    { id: 'p', date: '2026-10-28', unit: null, metric: null, kind: 'initiative', title: 'Price' },
    { id: 'x', date: '2026-11-17', unit: 'cc-9', metric: null, kind: 'data-issue', title: 'Gap' },
  ];
  const option = (unitId: string, locale = 'en-GB') =>
    buildMetricTrendOption({
      metric,
      points,
      yearEarlier,
      targets: [null, null, null, null],
      annotations: events,
      unitId,
      units,
      locale,
      theme: lightChartTheme,
      t: translatorFor(loadedLocale(locale)!),
    });
  const tooltipAt = (unitId: string, i: number, locale?: string) =>
    (option(unitId, locale).tooltip as { formatter: (raw: unknown) => string })
      .formatter([{ dataIndex: i }])
      .split('<br/>')
      .at(-1);

  it("names the unit on the organisation's chart, by its catalog name, the id when unknown", () => {
    expect(tooltipAt('grp', 2)).toBe('▼2 Outage (Contact centre North)');
    expect(tooltipAt('grp', 3)).toBe('!3 Gap (cc-9)');
    // An event of every unit (unit null) is nobody's in particular: not named.
    expect(tooltipAt('grp', 0)).toBe('▲1 Price');
  });
  it("does not name the unit on that unit's own chart", () => {
    expect(tooltipAt('cc-n', 2)).toBe('▼2 Outage');
  });
  it('names it in German too', async () => {
    await loadLocale('de-DE');
    expect(tooltipAt('grp', 2, 'de-DE')).toBe('▼2 Outage (Contact centre North)');
  });
  it('gives the marks their shown titles for the list beside the chart', () => {
    const weeks = points.map((p) => p.period);
    const title = (a: Annotation) => (a.unit ? `${a.title} [${a.unit}]` : a.title);
    expect(annotationMarks(events, weeks, title).map((m) => m.title)).toEqual([
      'Price',
      'Outage [cc-n]',
      'Gap [cc-9]',
    ]);
  });
});
