// What a metric family's view asks for first, in one place for the view and for its route, which
// asks while the view's code is still on its way (see lib/query/prefetch-view.ts).
import { annotationsQueryOptions } from '@/api/queries/annotations';
import { metricsQueryOptions } from '@/api/queries/metrics';
import { metricFamily, type Catalog, type MetricFamily } from '@/api/schemas';
import { addWeeksIso } from '@/domain/periods';
import type { PrefetchView, ViewChoice } from '@/lib/query/prefetch-view';

/** The family's metrics, its headline metric first. */
export const familyMetrics = (catalog: Pick<Catalog, 'metrics'>, family: MetricFamily) =>
  catalog.metrics
    .filter((m) => m.family === family)
    .sort((a, b) => Number(b.headline) - Number(a.headline));

/** The units compared: every unit below the organisation. */
export const comparedUnits = (catalog: Pick<Catalog, 'units'>) =>
  catalog.units.filter((u) => u.parentId != null);

export function metricsViewPeriods({ from, to }: Pick<ViewChoice, 'from' | 'to'>) {
  const latestFrom = addWeeksIso(to, -8);
  return {
    // A year before the range as well, for the same weeks a year earlier.
    series: { from: addWeeksIso(from, -53), to },
    annotations: { from, to },
    // The latest eight weeks of each unit compared, within the range.
    compared: { from: latestFrom < from ? from : latestFrom, to },
  };
}

export const prefetchMetricsView: PrefetchView = (client, api, catalog, view) => {
  const family = metricFamily.safeParse(view.family);
  if (!family.success) return;
  const metrics = familyMetrics(catalog, family.data).map((m) => m.id);
  const { series, annotations, compared } = metricsViewPeriods(view);
  const ask = (unit: string, period: { from: string; to: string }) =>
    client.prefetchQuery(metricsQueryOptions(api, catalog.metrics, { unit, metrics, ...period }));
  void ask(view.unit, series);
  void client.prefetchQuery(annotationsQueryOptions(api, { unit: view.unit, ...annotations }));
  for (const { id } of comparedUnits(catalog)) void ask(id, compared);
};
