import { loyaltyIndexFixture } from '@/test/fixtures';
import type { Annotation, MetricPoint } from '@/api/schemas';
import { chartThemes } from '@/lib/charts/chart-theme';
import source from '@/i18n/locales/en-GB';
import { loadLocale, translatorFor } from '@/i18n/registry';
import { buildWallTrendOption } from './build-wall-trend-option';

const metric = loyaltyIndexFixture;
const points: MetricPoint[] = [
  { period: '2026-11-02', value: 30, n: 400, ciLow: 27, ciHigh: 33 },
  { period: '2026-11-09', value: 31, n: 30, ciLow: 20, ciHigh: 42 },
  { period: '2026-11-16', value: 32, n: 400, ciLow: 29, ciHigh: 35 },
];
const annotations: Annotation[] = [
  {
    id: 'a',
    date: '2026-11-11',
    unit: null,
    metric: null,
    kind: 'incident',
    title: 'Billing system outage in all regions for three days',
  },
  {
    id: 'b',
    date: '2026-11-12',
    unit: null,
    metric: 'nps',
    kind: 'method-change',
    title: 'Other metric',
  },
  { id: 'c', date: '2026-01-01', unit: null, metric: null, kind: 'initiative', title: 'Too early' },
];

describe('buildWallTrendOption', () => {
  const theme = { ...chartThemes['high-contrast'], fontSize: 26 };
  const option = buildWallTrendOption({
    metric,
    points,
    target: 35,
    annotations,
    unitId: 'all',
    units: [],
    theme,
    locale: 'en-GB',
    t: translatorFor(source),
  });
  const line = (
    option.series as {
      markLine?: { data: { xAxis?: string; yAxis?: number; label: { formatter: string } }[] };
      data: unknown[];
    }[]
  )[2]!;

  it('marks the target and the events of this metric in the shown weeks, with short titles', () => {
    expect(line.markLine?.data.map((d) => d.label.formatter)).toEqual([
      'Target +35.0',
      'Billing system outage in al…',
    ]);
    expect(line.markLine?.data[1]?.xAxis).toBe('2026-11-09');
  });
  it('draws low-sample weeks hollow and uses the screen-sized type', () => {
    expect((line.data as { symbol: string }[]).map((d) => d.symbol)).toEqual([
      'circle',
      'emptyCircle',
      'circle',
    ]);
    expect((option.textStyle as { fontSize: number }).fontSize).toBe(26);
  });
  it('speaks German: target label, decimal comma, day-month axis labels without the year', async () => {
    const de = buildWallTrendOption({
      metric,
      points,
      target: 35,
      unitId: 'all',
      units: [],
      theme,
      locale: 'de-DE',
      t: translatorFor(await loadLocale('de-DE')),
    });
    const deLine = (de.series as { markLine?: { data: { label: { formatter: string } }[] } }[])[2]!;
    expect(deLine.markLine?.data[0]?.label.formatter).toBe('Ziel +35,0');
    const axis = de.xAxis as { axisLabel: { formatter: (w: string) => string } };
    expect(axis.axisLabel.formatter('2026-11-09')).toBe('9. Nov.');
    const gb = option.xAxis as { axisLabel: { formatter: (w: string) => string } };
    expect(gb.axisLabel.formatter('2026-11-09')).toBe('9 Nov');
  });
});

describe("the wall's events of another unit", () => {
  const units = [
    { id: 'grp', name: 'Nordwind Group' },
    { id: 'cc-n', name: 'Contact centre North' },
  ];
  const events: Annotation[] = [
    {
      id: 'o',
      date: '2026-11-10',
      unit: 'cc-n',
      metric: null,
      kind: 'incident',
      title: 'Telephony outage across both sites for two days',
    },
    { id: 'p', date: '2026-11-17', unit: 'cc-7', metric: null, kind: 'incident', title: 'Move' },
  ];
  const labels = (unitId: string) =>
    (
      buildWallTrendOption({
        metric,
        points,
        target: null,
        annotations: events,
        unitId,
        units,
        theme: chartThemes.light,
        locale: 'en-GB',
        t: translatorFor(source),
      }).series as { markLine?: { data: { label: { formatter: string } }[] } }[]
    )[2]!.markLine!.data.map((d) => d.label.formatter);

  it("names the unit in full after the shortened title on the organisation's wall", () => {
    expect(labels('grp')).toEqual([
      'Telephony outage across bot… (Contact centre North)',
      'Move (cc-7)',
    ]);
  });
  it("does not name the unit on that unit's own wall", () => {
    expect(labels('cc-n')[0]).toBe('Telephony outage across bot…');
  });
});
