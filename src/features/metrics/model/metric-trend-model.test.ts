// The metric trend's model, and its table, CSV and description as functions of it.
import type { Annotation, MetricPoint } from '@/api/schemas';
import { loadedLocale, sourceLocaleId, translatorFor } from '@/i18n/registry';
import { loyaltyIndexFixture as metric } from '@/test/fixtures';
import {
  metricTrendCsv,
  metricTrendDescription,
  metricTrendTable,
  toMetricTrendModel,
} from './metric-trend-model';

const t = translatorFor(loadedLocale(sourceLocaleId)!);
const points: MetricPoint[] = [
  { period: '2025-11-10', value: 25, n: 300, ciLow: 22, ciHigh: 28 },
  { period: '2026-11-02', value: 28.2, n: 390, ciLow: 25, ciHigh: 31.4 },
  { period: '2026-11-09', value: 29.8, n: 40 },
  { period: '2026-11-16', value: 31.4, n: 412, ciLow: 27.9, ciHigh: 34.9 },
];
const annotation = (id: string, metricId: string | null): Annotation => ({
  id,
  date: '2026-11-10',
  unit: null,
  metric: metricId,
  kind: 'initiative',
  title: id,
});
const model = toMetricTrendModel(metric, points, {
  from: '2026-11-09',
  to: '2026-11-30',
  unitId: 'retail',
  targets: [{ metric: metric.id, unit: null, value: 35, from: '2026-11-16', to: '2026-12-31' }],
  annotations: [annotation('all', null), annotation('mine', metric.id), annotation('other', 'x')],
});

describe('toMetricTrendModel', () => {
  it('keeps the weeks of the range, each with the same week a year earlier and its target', () => {
    expect(model.weeks.map((w) => w.point.period)).toEqual(['2026-11-09', '2026-11-16']);
    expect(model.weeks.map((w) => w.yearEarlier)).toEqual([25, null]);
    expect(model.weeks.map((w) => w.target)).toEqual([null, 35]);
    expect(model.hasTarget).toBe(true);
  });

  it('keeps the events of every metric and of this one, and counts the weeks too small to call', () => {
    expect(model.annotations.map((a) => a.id)).toEqual(['all', 'mine']);
    expect(model.lowSampleWeeks).toBe(1);
  });
});

describe('the table, CSV and description of a metric trend', () => {
  it('formats the table in the locale and says which sample is too small', () => {
    const table = metricTrendTable(model, 'en-GB', t);
    expect(table.columns).toEqual([
      'Week',
      'Loyalty index',
      'n',
      '95% interval',
      'A year earlier',
      'Target',
    ]);
    expect(String(table.rows[0]![1])).toMatch(/^\+29\.8, sample too small \(n\s=\s40\s<\s50\)$/);
    expect(table.rows[0]![3]).toBe('–');
    expect(table.rows[1]![3]).toMatch(/27\.9 to \+?34\.9/);
  });

  it('exports unformatted numbers with units in the headers', () => {
    const csv = metricTrendCsv(model);
    expect(csv.columns[1]).toBe('Loyalty index (points)');
    expect(csv.rows[1]).toEqual(['2026-11-16', 31.4, 412, 27.9, 34.9, null, 35]);
  });

  it('describes the target and the hollow weeks only when there are any', () => {
    expect(metricTrendDescription(model, t)).toContain('Grey dashes: target.');
    expect(metricTrendDescription(model, t)).toMatch(/1 week with a sample too small/);
    const plain = toMetricTrendModel(metric, points.slice(-1), {
      from: '2026-11-16',
      to: '2026-11-30',
      unitId: 'retail',
      targets: [],
      annotations: [],
    });
    expect(metricTrendDescription(plain, t)).toBe(
      `${metric.description} Shaded: 95% interval. Dashed: the same week a year earlier.`,
    );
  });
});
