// Quarterly stage assessments for one unit, or for several units at once.
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiClient } from '../api-client-context';
import type { ApiClient } from '../client';
import type { WithQuality } from '../data-quality';
import { UNIT_STAGES_FEATURE, type StagePoint, type StagesResponse } from '../schemas';
import { addDaysIso } from '@/domain/periods';
import { quarterIndex, quarterStartOf, traceRunBack } from '@/domain/stages';
import { useCatalogFeatures } from './catalog';
import type { PeriodQuery } from './pillars';
import { slimResults } from './slim-results';
import { loaderPerClient, unitRead, type UnitRead } from './unit-batch';
import { useSameIds } from './use-same-ids';

export type StagesRead = UnitRead<StagesResult>;

/** GET /v1/stages, or the batch loader where the catalog offers GET /v1/unit-stages. */
export const stagesRead = (api: ApiClient, features: readonly string[] | undefined): StagesRead =>
  unitRead(
    features,
    UNIT_STAGES_FEATURE,
    () => unitStagesLoader(api),
    (query, signal) => api.get('stages', query, { signal }),
  );

/** The stages read for this API and its catalog, kept while neither changes. */
export function useStagesRead(): StagesRead {
  const api = useApiClient();
  const features = useCatalogFeatures();
  return useMemo(() => stagesRead(api, features), [api, features]);
}

export const stagesQueryOptions = (read: StagesRead, { unit, from, to }: PeriodQuery) =>
  queryOptions({
    queryKey: ['stages', { unit, from, to }],
    queryFn: ({ signal }) => read({ unit, from, to }, signal),
  });

export function useStages(query: PeriodQuery) {
  return useQuery(stagesQueryOptions(useStagesRead(), query));
}

export function useStagesForUnits(
  units: readonly string[],
  period: Omit<PeriodQuery, 'unit'>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const { from, to } = period;
  const read = useStagesRead();
  const ids = useSameIds(units);
  // Kept while nothing they are made of changes: a 60-unit view re-renders once per answer.
  const queries = useMemo(
    () => ids.map((unit) => ({ ...stagesQueryOptions(read, { unit, from, to }), enabled })),
    [ids, read, from, to, enabled],
  );
  return useQueries({ queries, combine: slimResults<StagesResult> });
}

type StagesResult = WithQuality<StagesResponse>;

/**
 * The client's loader for GET /v1/unit-stages: a view of 60 units asks for their stages in one
 * request instead of 60, each unit's query answered (or failed) as GET /v1/stages would answer it.
 */
export const unitStagesLoader = loaderPerClient<StagesResult>((client) => ({
  single: (unit, from, to) => client.get('stages', { unit, from, to }),
  async batch(units, from, to) {
    const answer = await client.get('unitStages', { units: units.join(','), from, to });
    return new Map(
      answer.units.map(({ unit, points }) => [unit, { unit, grain: answer.grain, points }]),
    );
  },
}));

/** Quarters one request for a unit's earlier stage history covers: five years. */
export const HISTORY_STEP_QUARTERS = 20;

/** The most requests for earlier history per unit and window: twenty years before it. */
export const HISTORY_MAX_STEPS = 4;

/**
 * How long earlier history is kept fresh: assessments of past quarters seldom change, and the
 * question (its window's first quarter and the stage) changes with every new quarter anyway.
 */
const HISTORY_STALE_MS = 6 * 60 * 60 * 1000;

export interface StageHistoryQuery {
  unit: string;
  /** First day of the window's first quarter: the history asked for lies before it. */
  before: string;
  /** The stage whose unbroken run reaches into that quarter. */
  stage: string;
}

/**
 * The stage assessments before a window that a unit's current run is traced back through (see
 * `traceRunBack`): earlier windows of five years are asked for, newest first, until the quarter
 * before the run holds another stage, a quarter has no assessment (the API's history has ended or
 * has a hole), or twenty years have been read. Every unit of a view asks for the same windows, so
 * where the API offers GET /v1/unit-stages they go out together.
 */
export const stageHistoryQueryOptions = (
  read: StagesRead,
  { unit, before, stage }: StageHistoryQuery,
) =>
  queryOptions({
    queryKey: ['stages', 'history', { unit, before, stage }],
    queryFn: async ({ signal }): Promise<StagePoint[]> => {
      const first = quarterIndex(before);
      let known: StagePoint[] = [];
      for (let step = 1; step <= HISTORY_MAX_STEPS; step++) {
        const start = first - HISTORY_STEP_QUARTERS * step;
        const end = start + HISTORY_STEP_QUARTERS;
        const answer = await read(
          { unit, from: quarterStartOf(start), to: addDaysIso(quarterStartOf(end), -1) },
          signal,
        );
        const traced = traceRunBack(answer.points, stage, end);
        known = [...traced.points, ...known];
        // On only when the run fills this window: else it ended, or its known history did.
        if (traced.ended || traced.points.length < HISTORY_STEP_QUARTERS) break;
      }
      return known;
    },
    staleTime: HISTORY_STALE_MS,
    refetchInterval: false,
  });
