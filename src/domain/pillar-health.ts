// A unit's pillar answer as the pillar widgets read it: one row per catalog pillar, the months to
// show and the latest month assessed. The one derivation for the pillars page, its embed, the
// review's table and the wall.
import type { Catalog, PillarsResponse } from '@/api/schemas';
import { monthsInRange, pillarMonths, pillarRows, type PillarRow } from './pillars';

export interface PillarHealthModel {
  /** One row per catalog pillar, in catalog order, even when the API sent no series for it. */
  rows: PillarRow[];
  /** The months to show: those of the range when one is given, else every month answered. */
  months: string[];
  /** The latest month of the answer, whatever the range; null when no month was assessed. */
  latest: string | null;
}

export function toPillarHealthModel(
  data: PillarsResponse,
  catalog: Pick<Catalog, 'pillars'>,
  options: { from?: string; to?: string } = {},
): PillarHealthModel {
  const all = pillarMonths(data);
  const { from, to } = options;
  return {
    rows: pillarRows(data, catalog.pillars),
    months: from != null && to != null ? monthsInRange(all, from, to) : all,
    latest: all.at(-1) ?? null,
  };
}
