// What keeps an unattended display healthy: reload on a new deployment and once a day, keep the
// screen awake, move the content a little against burn-in, and pause refreshing in quiet hours.
import { useEffect, useLayoutEffect, useState } from 'react';
import type { WallConfig } from '@/config/schema';
import { setRefreshPaused } from '@/lib/query/refresh-policy';
import { burnInOffset, isQuietAt, msUntilNext } from '../utils/schedule';

/** Reloads the page when version.json names another build than this one. */
export function useReloadOnNewVersion(minutes: number, reload: () => void): void {
  useEffect(() => {
    const check = async () => {
      try {
        const response = await fetch(`${import.meta.env.BASE_URL}version.json`, {
          cache: 'no-store',
        });
        if (!response.ok) return; // no version file (dev server): nothing to compare
        const { buildId } = (await response.json()) as { buildId?: unknown };
        if (typeof buildId === 'string' && buildId !== __BUILD_ID__) reload();
      } catch {
        // Offline: the next check will tell.
      }
    };
    const timer = setInterval(() => void check(), minutes * 60_000);
    return () => clearInterval(timer);
  }, [minutes, reload]);
}

/** Reloads once a day at a local time, clearing whatever a long-running tab has accumulated. */
export function useDailyReload(at: string | null, reload: () => void): void {
  useEffect(() => {
    if (!at) return;
    const timer = setTimeout(reload, msUntilNext(new Date(), at));
    return () => clearTimeout(timer);
  }, [at, reload]);
}

/** Keeps the screen awake where the Wake Lock API exists, asking again whenever the page is shown. */
export function useWakeLock(): void {
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let cancelled = false;
    const request = async () => {
      try {
        const next = await navigator.wakeLock.request('screen');
        if (cancelled) void next.release();
        else lock = next;
      } catch {
        // Refused (battery saver, no user gesture on some TVs): the display still works.
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void request();
    };
    void request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release();
    };
  }, []);
}

/** The content's offset now, stepping every few minutes. */
export function useBurnInShift(minutes: number): [number, number] {
  const [step, setStep] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setStep((s) => s + 1), minutes * 60_000);
    return () => clearInterval(timer);
  }, [minutes]);
  return burnInOffset(step);
}

/** Quiet hours: no fetching while they last; the queries waiting catch up when they end. */
export function useQuietHours(quiet: WallConfig['quietHours'], now: number): boolean {
  const isQuiet = isQuietAt(new Date(now), quiet);
  // A layout effect, so the pause is in place before the views' queries subscribe and fetch.
  useLayoutEffect(() => {
    setRefreshPaused(isQuiet);
  }, [isQuiet]);
  useLayoutEffect(() => () => setRefreshPaused(false), []);
  return isQuiet;
}
