// The catalog: what exists (organisation, units, definitions, targets) and how fresh the data is.
import type { Catalog, Target } from '@/api/schemas';
import { metricDefinitions, pillarDefinitions, stageDefinitions } from './definitions';
import { businessUnits, type Organisation } from './organisation';

export function buildCatalog(
  organisation: Organisation,
  targets: readonly Target[],
  dataAsOf: string,
): Catalog {
  return {
    organisation: { ...organisation.organisation },
    units: businessUnits(organisation),
    metrics: metricDefinitions.map((m) => ({ ...m })),
    pillars: pillarDefinitions.map((p) => ({ ...p })),
    stages: stageDefinitions.map((s) => ({ ...s })),
    targets: [...targets],
    dataAsOf,
  };
}
