// What the pillars view asks for first, in one place for the view and for its route, which asks
// while the view's code is still on its way (see lib/query/prefetch-view.ts).
import { pillarsQueryOptions, pillarsRead } from '@/api/queries/pillars';
import type { Catalog } from '@/api/schemas';
import { addMonthsIso } from '@/domain/periods';
import type { PrefetchView, ViewChoice } from '@/lib/query/prefetch-view';

/** The units the heatmap compares: every unit below the organisation. */
export const comparedUnits = (catalog: Pick<Catalog, 'units'>) =>
  catalog.units.filter((u) => u.parentId != null);

export function pillarsViewPeriods({ unit, from, to }: ViewChoice) {
  return {
    // Always a year and a quarter back as well, for the radar's comparison.
    unit: { unit, from: addMonthsIso(from, -13), to },
    // The latest three months of each unit compared.
    compared: { from: addMonthsIso(to, -2), to },
  };
}

export const prefetchPillarsView: PrefetchView = (client, api, catalog, view) => {
  const { unit, compared } = pillarsViewPeriods(view);
  const read = pillarsRead(api, catalog.features);
  void client.prefetchQuery(pillarsQueryOptions(read, unit));
  for (const { id } of comparedUnits(catalog)) {
    void client.prefetchQuery(pillarsQueryOptions(read, { unit: id, ...compared }));
  }
};
