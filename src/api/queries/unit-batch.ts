// One request for many units' answers: the loader behind the contract's optional batch reads
// (GET /v1/unit-stages, GET /v1/unit-pillars), which a catalog offers in its `features`.
import type { ApiClient } from '../client';
import { ContractError, HttpError } from '../errors';

/**
 * How a query asks for one unit's answer for a period: through the batch loader or the core read,
 * chosen by the catalog's `features` where the query options are made and passed into them, so no
 * query function looks the catalog up in the cache. Either way the answer is the same, so the
 * query's key need not say which.
 */
export type UnitRead<T> = (
  query: { unit: string; from?: string; to?: string },
  signal?: AbortSignal,
) => Promise<T>;

/** The batch loader's read where the API offers `feature`, else the core read. */
export function unitRead<T>(
  features: readonly string[] | undefined,
  feature: string,
  loader: () => UnitBatchLoader<T>,
  core: UnitRead<T>,
): UnitRead<T> {
  if (!features?.includes(feature)) return core;
  const batched = loader();
  return ({ unit, from, to }) => batched.load(unit, from, to);
}

/** The most units one batch request asks for: its query string stays well under URL limits. */
export const UNIT_BATCH = 100;

/** How long a loader gathers units before it asks. */
export const GATHER_MS = 20;

export interface UnitBatchRead<T> {
  /** One unit's answer from the core of v1 (GET /v1/stages, GET /v1/pillars). */
  single(unit: string, from?: string, to?: string): Promise<T>;
  /** Several units' answers in one request, by unit id. */
  batch(units: readonly string[], from?: string, to?: string): Promise<ReadonlyMap<string, T>>;
}

export interface UnitBatchLoader<T> {
  /**
   * One unit's answer; the units asked for within `GATHER_MS` of each other go out as one request.
   * A query's abort signal is not passed on: the one request serves every unit in it.
   */
  load(unit: string, from?: string, to?: string): Promise<T>;
}

interface Waiting<T> {
  unit: string;
  resolve(result: T): void;
  reject(error: unknown): void;
}

/**
 * A loader that asks for the units of a view in one request instead of one each (60 on a large
 * organisation). Each unit's query still gets its own answer (or error), as from the core read.
 * Where the batch answer breaks the contract, or the server turns it down (400, 404), its units are
 * asked for one by one, so a fault stays with the unit it belongs to and is named as the core read
 * would name it; a unit missing from the answer is asked for alone.
 */
export function createUnitBatchLoader<T>(read: UnitBatchRead<T>): UnitBatchLoader<T> {
  /** Per period (`from|to`), the units asked for since the last flush. */
  let queued = new Map<string, Waiting<T>[]>();
  let scheduled = false;

  const single = (w: Waiting<T>, from?: string, to?: string) =>
    read.single(w.unit, from, to).then(w.resolve, w.reject);

  async function ask(waiting: Waiting<T>[], from?: string, to?: string): Promise<void> {
    const units = [...new Set(waiting.map((w) => w.unit))];
    if (units.length === 1) {
      await Promise.all(waiting.map((w) => single(w, from, to)));
      return;
    }
    let answer: ReadonlyMap<string, T>;
    try {
      answer = await read.batch(units, from, to);
    } catch (error) {
      const turnedDown =
        error instanceof ContractError ||
        (error instanceof HttpError && (error.status === 400 || error.status === 404));
      if (turnedDown) await Promise.all(waiting.map((w) => single(w, from, to)));
      else for (const w of waiting) w.reject(error);
      return;
    }
    for (const w of waiting) {
      const result = answer.get(w.unit);
      if (result === undefined) void single(w, from, to);
      else w.resolve(result);
    }
  }

  function flush() {
    scheduled = false;
    const batches = queued;
    queued = new Map();
    for (const [period, waiting] of batches) {
      const [from, to] = period.split('|').map((d) => d || undefined);
      for (let i = 0; i < waiting.length; i += UNIT_BATCH) {
        void ask(waiting.slice(i, i + UNIT_BATCH), from, to);
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

/**
 * One loader per API client, made on first use: the units a view asks for within the gathering
 * window share a request only when they share the loader.
 */
export function loaderPerClient<T>(
  read: (client: ApiClient) => UnitBatchRead<T>,
): (client: ApiClient) => UnitBatchLoader<T> {
  const loaders = new WeakMap<ApiClient, UnitBatchLoader<T>>();
  return (client) => {
    let loader = loaders.get(client);
    if (!loader) {
      loader = createUnitBatchLoader(read(client));
      loaders.set(client, loader);
    }
    return loader;
  };
}
