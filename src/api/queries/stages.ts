// Quarterly stage assessments for one unit, or for several units at once.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiClient, type ApiClient } from '../client';
import type { WithQuality } from '../data-quality';
import { ContractError, HttpError } from '../errors';
import { UNIT_STAGES_FEATURE, type StagePoint, type StagesResponse } from '../schemas';
import { addDaysIso } from '@/lib/dates';
import { quarterIndex, quarterStartOf, traceRunBack } from '@/lib/stages';
import { catalogQueryOptions } from './catalog';
import { useQueriesFromRender, useQueryFromRender } from './fetch-during-render';
import type { PeriodQuery } from './pillars';

export const stagesQueryOptions = ({ unit, from, to }: PeriodQuery) =>
  queryOptions({
    queryKey: ['stages', { unit, from, to }],
    queryFn: ({ signal, client }) => fetchStages(client, signal, { unit, from, to }),
  });

/** GET /v1/stages, or the batch loader where the catalog offers GET /v1/unit-stages. */
function fetchStages(
  client: QueryClient,
  signal: AbortSignal,
  { unit, from, to }: PeriodQuery,
): Promise<StagesResult> {
  return offersUnitStages(client)
    ? unitStagesLoader(apiClient()).load(unit, from, to)
    : apiClient().get('stages', { unit, from, to }, { signal });
}

export function useStages(query: PeriodQuery) {
  return useQueryFromRender(stagesQueryOptions(query));
}

export function useStagesForUnits(
  units: readonly string[],
  period: Omit<PeriodQuery, 'unit'>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const { from, to } = period;
  return useQueriesFromRender(units, `${from}|${to}|${enabled}`, (unit) => ({
    ...stagesQueryOptions({ unit, from, to }),
    enabled,
  }));
}

/** Whether the API's catalog (in the cache: every view reads it first) offers GET /v1/unit-stages. */
function offersUnitStages(client: QueryClient): boolean {
  const catalog = client.getQueryData(catalogQueryOptions().queryKey);
  return catalog?.features?.includes(UNIT_STAGES_FEATURE) ?? false;
}

/** The most units one GET /v1/unit-stages asks for: its query string stays well under URL limits. */
export const UNIT_STAGES_BATCH = 100;

/** How long the loader gathers units before it asks. */
export const GATHER_MS = 20;

type StagesResult = WithQuality<StagesResponse>;

interface Waiting {
  unit: string;
  resolve(result: StagesResult): void;
  reject(error: unknown): void;
}

export interface UnitStagesLoader {
  /**
   * One unit's assessments; the units asked for within `GATHER_MS` of each other go out as one
   * request. A query's abort signal is not passed on: the one request serves every unit in it.
   */
  load(unit: string, from?: string, to?: string): Promise<StagesResult>;
}

const loaders = new WeakMap<ApiClient, UnitStagesLoader>();

/**
 * The client's loader for GET /v1/unit-stages: a view of 60 units asks for their stages in one
 * request instead of 60. Each unit's query still gets its own answer (or error), as from
 * GET /v1/stages. Where the batch answer breaks the contract, or the server turns it down (400, 404),
 * its units are asked for one by one, so a fault stays with the unit it belongs to and is named as
 * GET /v1/stages would name it.
 */
export function unitStagesLoader(client: ApiClient): UnitStagesLoader {
  let loader = loaders.get(client);
  if (!loader) {
    loader = createUnitStagesLoader(client);
    loaders.set(client, loader);
  }
  return loader;
}

function createUnitStagesLoader(client: ApiClient): UnitStagesLoader {
  /** Per period (`from|to`), the units asked for since the last flush. */
  let queued = new Map<string, Waiting[]>();
  let scheduled = false;

  const single = (w: Waiting, from?: string, to?: string) =>
    client.get('stages', { unit: w.unit, from, to }).then(w.resolve, w.reject);

  async function ask(waiting: Waiting[], from?: string, to?: string): Promise<void> {
    const units = [...new Set(waiting.map((w) => w.unit))];
    if (units.length === 1) {
      await Promise.all(waiting.map((w) => single(w, from, to)));
      return;
    }
    let answer;
    try {
      answer = await client.get('unitStages', { units: units.join(','), from, to });
    } catch (error) {
      const turnedDown =
        error instanceof ContractError ||
        (error instanceof HttpError && (error.status === 400 || error.status === 404));
      if (turnedDown) await Promise.all(waiting.map((w) => single(w, from, to)));
      else for (const w of waiting) w.reject(error);
      return;
    }
    const byUnit = new Map(answer.units.map((u) => [u.unit, u.points]));
    for (const w of waiting) {
      const points = byUnit.get(w.unit);
      if (points === undefined) void single(w, from, to);
      else w.resolve({ unit: w.unit, grain: answer.grain, points });
    }
  }

  function flush() {
    scheduled = false;
    const batches = queued;
    queued = new Map();
    for (const [period, waiting] of batches) {
      const [from, to] = period.split('|').map((d) => d || undefined);
      for (let i = 0; i < waiting.length; i += UNIT_STAGES_BATCH) {
        void ask(waiting.slice(i, i + UNIT_STAGES_BATCH), from, to);
      }
    }
  }

  return {
    load(unit, from, to) {
      return new Promise((resolve, reject) => {
        const period = `${from ?? ''}|${to ?? ''}`;
        const waiting = queued.get(period) ?? [];
        waiting.push({ unit, resolve, reject });
        queued.set(period, waiting);
        if (!scheduled) {
          scheduled = true;
          // A view starts all its units' queries in one render, but their refresh timers fire a few
          // milliseconds apart (the answers that set them arrived so): one window takes them all.
          setTimeout(flush, GATHER_MS);
        }
      });
    },
  };
}

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
export const stageHistoryQueryOptions = ({ unit, before, stage }: StageHistoryQuery) =>
  queryOptions({
    queryKey: ['stages', 'history', { unit, before, stage }],
    queryFn: async ({ signal, client }): Promise<StagePoint[]> => {
      const first = quarterIndex(before);
      let known: StagePoint[] = [];
      for (let step = 1; step <= HISTORY_MAX_STEPS; step++) {
        const start = first - HISTORY_STEP_QUARTERS * step;
        const end = start + HISTORY_STEP_QUARTERS;
        const answer = await fetchStages(client, signal, {
          unit,
          from: quarterStartOf(start),
          to: addDaysIso(quarterStartOf(end), -1),
        });
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
