// Every child unit's latest pillar scores side by side: pillars × units.
import type { ChartTable } from '@/components/chart';
import type { Catalog, PillarsResponse } from '@/api/schemas';
import type { T } from '@/i18n/registry';
import { formatNumber } from '@/lib/format/format';

export interface UnitsPillarModel {
  pillars: string[];
  units: string[];
  /** pillar × unit: the unit's latest score for the pillar; null when it has none or no answer came. */
  scores: (number | null)[][];
}

export function toUnitsPillarModel(
  responses: readonly (PillarsResponse | undefined)[],
  catalog: Pick<Catalog, 'pillars'>,
  unitNames: readonly string[],
): UnitsPillarModel {
  return {
    pillars: catalog.pillars.map((p) => p.name),
    units: [...unitNames],
    scores: catalog.pillars.map((p) =>
      responses.map((r) => {
        const points = r?.series.find((s) => s.pillar === p.id)?.points ?? [];
        return [...points].reverse().find((pt) => pt.score != null)?.score ?? null;
      }),
    ),
  };
}

export function unitsPillarTable(model: UnitsPillarModel, locale: string, t: T): ChartTable {
  return {
    columns: [t('pillars.trend.pillar'), ...model.units],
    rows: model.pillars.map((name, i) => [
      name,
      ...model.scores[i]!.map((s) => formatNumber(s, locale)),
    ]),
  };
}
