// Monthly pillar assessments for one unit, or for several units at once.
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiClient } from '../api-client-context';
import type { ApiClient } from '../client';
import { dropUnplottablePoints, type DataQualityIssue, type WithQuality } from '../data-quality';
import { UNIT_PILLARS_FEATURE, type PillarsResponse } from '../schemas';
import { useCatalogFeatures } from './catalog';
import { slimResults } from './slim-results';
import { loaderPerClient, unitRead, type UnitRead } from './unit-batch';
import { useSameIds } from './use-same-ids';

export interface PeriodQuery {
  unit: string;
  from?: string;
  to?: string;
}

/** Pillar scores are 0–100 by the contract: a point outside is dropped and counted. */
const dropUnplottablePillars = (body: unknown) =>
  dropUnplottablePoints(body, {
    seriesKey: 'pillar',
    valueKey: 'score',
    rangeOf: () => ({ min: 0, max: 100 }),
  });

export type PillarsRead = UnitRead<PillarsResult>;

/** GET /v1/pillars, or the batch loader where the catalog offers GET /v1/unit-pillars. */
export const pillarsRead = (api: ApiClient, features: readonly string[] | undefined): PillarsRead =>
  unitRead(
    features,
    UNIT_PILLARS_FEATURE,
    () => unitPillarsLoader(api),
    (query, signal) => api.get('pillars', query, { signal, sanitise: dropUnplottablePillars }),
  );

/** The pillars read for this API and its catalog, kept while neither changes. */
function usePillarsRead(): PillarsRead {
  const api = useApiClient();
  const features = useCatalogFeatures();
  return useMemo(() => pillarsRead(api, features), [api, features]);
}

export const pillarsQueryOptions = (read: PillarsRead, { unit, from, to }: PeriodQuery) =>
  queryOptions({
    queryKey: ['pillars', { unit, from, to }],
    queryFn: ({ signal }) => read({ unit, from, to }, signal),
  });

export function usePillars(query: PeriodQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...pillarsQueryOptions(usePillarsRead(), query), enabled });
}

export function usePillarsForUnits(
  units: readonly string[],
  period: Omit<PeriodQuery, 'unit'>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const { from, to } = period;
  const read = usePillarsRead();
  const ids = useSameIds(units);
  // Kept while nothing they are made of changes: a 60-unit view re-renders once per answer.
  const queries = useMemo(
    () => ids.map((unit) => ({ ...pillarsQueryOptions(read, { unit, from, to }), enabled })),
    [ids, read, from, to, enabled],
  );
  return useQueries({ queries, combine: slimResults<PillarsResult> });
}

type PillarsResult = WithQuality<PillarsResponse>;

/**
 * The client's loader for GET /v1/unit-pillars: the organisation's what changed reads every unit's
 * pillars in one request instead of one each. Each unit's answer is checked for unplottable points
 * on its own, so a data-quality notice belongs to the unit it came from.
 */
export const unitPillarsLoader = loaderPerClient<PillarsResult>((client) => ({
  single: (unit, from, to) =>
    client.get('pillars', { unit, from, to }, { sanitise: dropUnplottablePillars }),
  async batch(units, from, to) {
    const issues = new Map<string, DataQualityIssue[]>();
    const answer = await client.get(
      'unitPillars',
      { units: units.join(','), from, to },
      {
        sanitise: (body) => {
          const entries = (body as { units?: unknown })?.units;
          if (Array.isArray(entries)) {
            for (const entry of entries as { unit?: unknown }[]) {
              issues.set(String(entry?.unit), dropUnplottablePillars(entry));
            }
          }
          return [];
        },
      },
    );
    return new Map(
      answer.units.map(({ unit, series }) => {
        const dataQuality = issues.get(unit) ?? [];
        const result: PillarsResult = { unit, grain: answer.grain, series };
        if (dataQuality.length) result.dataQuality = dataQuality;
        return [unit, result];
      }),
    );
  },
}));
