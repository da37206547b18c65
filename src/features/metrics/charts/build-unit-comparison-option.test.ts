import type { MetricDefinition } from '@/api/schemas';
import { loadLocale, loadedLocale, translatorFor } from '@/i18n/registry';
import { lightChartTheme } from '@/lib/charts/chart-theme';
import { buildUnitComparisonOption, rankUnits } from './build-unit-comparison-option';

const metric: MetricDefinition = {
  id: 'churn-rate',
  family: 'retention',
  name: 'Churn rate',
  unit: 'percent',
  min: 0,
  max: 100,
  direction: 'lower-is-better',
  headline: false,
  minReportableN: 200,
  description: '',
};
const values = [
  { unit: 'North', value: 1.8, ciLow: 1.6, ciHigh: 2.0, n: 9000, lowSample: false },
  { unit: 'South', value: 1.2, ciLow: 1.0, ciHigh: 1.4, n: 8000, lowSample: false },
  { unit: 'East', value: 1.5, n: 100, lowSample: true },
];

describe('units compared', () => {
  it('ranks best first, the right way round for lower-is-better', () => {
    expect(rankUnits(values, metric).map((u) => u.unit)).toEqual(['South', 'East', 'North']);
    expect(
      rankUnits(values, { ...metric, direction: 'higher-is-better' }).map((u) => u.unit),
    ).toEqual(['North', 'East', 'South']);
  });
  it('draws whiskers only where there is an interval and low-sample units hollow', () => {
    const option = buildUnitComparisonOption({
      metric,
      values,
      target: 1.5,
      theme: lightChartTheme,
      locale: 'en-GB',
      t: translatorFor(loadedLocale('en-GB')!),
    });
    const [whiskers, dots] = option.series as { data: unknown[] }[];
    // rows bottom-up: North, East, South
    expect(whiskers!.data).toEqual([
      [0, 1.6, 2.0],
      [2, 1.0, 1.4],
    ]);
    expect(dots!.data.map((d) => (d as { symbol: string }).symbol)).toEqual([
      'circle',
      'emptyCircle',
      'circle',
    ]);
  });
});

describe('units compared in German', () => {
  it('words the tooltip and the target line in German', async () => {
    const option = buildUnitComparisonOption({
      metric,
      values,
      target: 1.5,
      theme: lightChartTheme,
      locale: 'de-DE',
      t: translatorFor(await loadLocale('de-DE')),
    });
    const tooltip = option.tooltip as { formatter: (raw: unknown) => string };
    // rows bottom-up: North, East, South
    expect(tooltip.formatter({ dataIndex: 1 })).toBe(
      'East<br/>Churn rate: 1,5\u00a0%, Stichprobe zu klein (n\u00a0=\u00a0100\u00a0&lt;\u00a0200)',
    );
    expect(tooltip.formatter({ dataIndex: 0 })).toContain(
      'Konfidenzintervall (95 %): 1,6\u00a0% bis 2,0\u00a0%',
    );
    const dots = (option.series as { markLine: { label: { formatter: string } } }[])[1]!;
    expect(dots.markLine.label.formatter).toBe('Ziel 1,5\u00a0%');
  });
});
