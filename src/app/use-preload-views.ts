// Once the first view has its figures and the page has gone quiet, the other views' code (and
// ECharts with it) loads in idle time: an executive's first click on Stages or Loyalty then waits
// for figures only, not for ~200 kB of code to download, compile and run.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { preloadViews } from './lazy';

/** How long the page must have had no request in flight before the code is asked for. */
export const QUIET_MS = 300;

export function usePreloadViews(load: () => Promise<unknown> = preloadViews): void {
  const client = useQueryClient();
  useEffect(() => {
    // A reader who asked the browser to save data downloads a view's code when opening it.
    if (saveData()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    let stopped = false;
    const whenQuiet = () => {
      if (stopped) return;
      // Still fetching (a large organisation's overview for a while yet): look again later.
      if (client.isFetching() > 0) {
        timer = setTimeout(whenQuiet, QUIET_MS);
        return;
      }
      const run = () => {
        // A failure here is the view's to report when it is opened (its own load tries again).
        if (!stopped) load().catch(() => undefined);
      };
      if (typeof requestIdleCallback === 'function') {
        idle = requestIdleCallback(run, { timeout: 5_000 });
      } else run();
    };
    timer = setTimeout(whenQuiet, QUIET_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [client, load]);
}

function saveData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}
