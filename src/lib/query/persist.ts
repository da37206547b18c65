// Keeps the last good figures in the browser (localStorage), so a display restarted while the API is
// down still shows them, marked stale. A buster string and a maximum age guard against old shapes.
import { dehydrate, hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';

export interface PersistOptions {
  /** Storage key; include the API base URL so two APIs never mix. */
  key: string;
  /** Changes whenever the shape of cached data may change (app or contract version). */
  buster: string;
  maxAgeMs: number;
  storage?: Storage | null;
  /** Coalesces bursts of cache updates into one write. */
  throttleMs?: number;
  now?: () => number;
}

interface Persisted {
  buster: string;
  savedAt: number;
  state: DehydratedState;
}

export type RestoreResult =
  | { restored: true; savedAt: number; queries: number }
  | { restored: false; reason: 'none' | 'buster' | 'expired' | 'unreadable' | 'no-storage' };

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (privacy settings, sandboxed frame)
  }
}

/** Puts the saved figures back into the query cache, unless they are from another version or too old. */
export function restoreQueryCache(client: QueryClient, options: PersistOptions): RestoreResult {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  if (!storage) return { restored: false, reason: 'no-storage' };
  const now = options.now?.() ?? Date.now();
  let saved: Persisted;
  try {
    const text = storage.getItem(options.key);
    if (!text) return { restored: false, reason: 'none' };
    saved = JSON.parse(text) as Persisted;
  } catch {
    storage.removeItem(options.key);
    return { restored: false, reason: 'unreadable' };
  }
  if (saved.buster !== options.buster) {
    storage.removeItem(options.key);
    return { restored: false, reason: 'buster' };
  }
  if (!(now - saved.savedAt <= options.maxAgeMs)) {
    storage.removeItem(options.key);
    return { restored: false, reason: 'expired' };
  }
  // Drop single queries older than the maximum age as well.
  const queries = saved.state.queries.filter(
    (q) => now - q.state.dataUpdatedAt <= options.maxAgeMs,
  );
  hydrate(client, { ...saved.state, queries });
  return { restored: true, savedAt: saved.savedAt, queries: queries.length };
}

/** Writes the state, dropping the oldest queries when the storage is full. */
function write(
  storage: Storage,
  options: PersistOptions,
  state: DehydratedState,
  now: number,
): void {
  let queries = [...state.queries].sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
  while (queries.length > 0) {
    try {
      storage.setItem(
        options.key,
        JSON.stringify({
          buster: options.buster,
          savedAt: now,
          state: { ...state, queries },
        } satisfies Persisted),
      );
      return;
    } catch {
      queries = queries.slice(0, Math.floor(queries.length / 2));
    }
  }
}

/** Saves successful queries after every change (throttled); returns the unsubscribe function. */
export function persistQueryCache(client: QueryClient, options: PersistOptions): () => void {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  if (!storage) return () => {};
  const throttleMs = options.throttleMs ?? 1000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    timer = null;
    const state = dehydrate(client, {
      shouldDehydrateQuery: (q) => q.state.status === 'success' && q.state.data !== undefined,
    });
    write(storage, options, state, options.now?.() ?? Date.now());
  };
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success' && timer == null)
      timer = setTimeout(save, throttleMs);
  });
  // A reload or a closing tab does not wait for the throttle: figures that just arrived are kept.
  const flush = () => {
    if (timer == null) return;
    clearTimeout(timer);
    save();
  };
  const target = typeof window === 'undefined' ? null : window;
  target?.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    target?.removeEventListener('pagehide', flush);
    if (timer) clearTimeout(timer);
  };
}
