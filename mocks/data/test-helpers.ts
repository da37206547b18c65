// Small readers shared by the mock data's tests.
import type { MetricPoint } from '@/api/schemas';
import { weekOf } from './calendar';
import type { MockData } from './mock-data';

export function pointsOf(data: MockData, unit: string, metric: string): MetricPoint[] {
  return data.metricSeries(unit).find((s) => s.metric === metric)?.points ?? [];
}

export function mean(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0) / values.length;
}

export function valuesOf(points: readonly MetricPoint[]): number[] {
  return points.flatMap((p) => (p.value === null ? [] : [p.value]));
}

/** Mean value of the `weeks` weeks before the week of `date`, and of the `weeks` from it on. */
export function meansAround(
  points: readonly MetricPoint[],
  date: string,
  weeks = 8,
): { before: number; after: number } {
  const week = weekOf(date);
  return {
    before: mean(valuesOf(points.filter((p) => p.period < week)).slice(-weeks)),
    after: mean(valuesOf(points.filter((p) => p.period >= week)).slice(0, weeks)),
  };
}
