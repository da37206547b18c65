// The figures' freshness on screen, re-evaluated as time passes (a wall runs for weeks without a
// reload): one shared clock ticks once a minute, and a component re-renders only when its answer
// changes (the figures become overdue, or another week becomes the expected one).
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useFromCatalog } from '@/api/queries/catalog';
import type { Catalog } from '@/api/schemas';
import { useConfig } from '@/config/config-context';
import { freshnessAt, type Freshness } from '@/domain/freshness';

const TICK_MS = 60_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((l) => l()), TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The freshness of data as of `dataAsOf` (null while there is none), kept up to date by the clock. */
export function useFreshness(dataAsOf: string | undefined): Freshness | null {
  const { overdueAfterDays } = useConfig();
  const snapshot = useCallback(() => {
    if (!dataAsOf) return '';
    const { overdue, expectedWeek } = freshnessAt(dataAsOf, Date.now(), overdueAfterDays);
    return `${overdue ? 'overdue' : 'on-time'} ${expectedWeek}`;
  }, [dataAsOf, overdueAfterDays]);
  // Changes once a week at most: the answer, not the time, is the store's value.
  const key = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => {
    if (!dataAsOf || !key) return null;
    const [state, expectedWeek] = key.split(' ') as [string, string];
    // What does not depend on the time: the latest week and when it becomes overdue.
    const { latestWeek, overdueAfter } = freshnessAt(dataAsOf, 0, overdueAfterDays);
    return { overdue: state === 'overdue', latestWeek, expectedWeek, overdueAfter };
  }, [dataAsOf, key, overdueAfterDays]);
}

/**
 * The freshness of the catalog's data, for widgets that are not handed the catalog (a headline tile):
 * read from the cache that every view fills first, without asking the API again.
 */
export function useCatalogFreshness(): Freshness | null {
  return useFreshness(useFromCatalog(dataAsOfOf));
}

const dataAsOfOf = (catalog: Catalog) => catalog.dataAsOf;
