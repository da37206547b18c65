// Code a screen needs later (the dashboard's other views, the wall's chart views, and ECharts with
// them) loads once the first figures are in and the page has gone quiet, in idle time: it never
// competes with the first view's requests, and a first click or the wall's rotation then waits for
// figures only, not for the code to download, compile and run.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** How long the page must have had no request in flight before the code is asked for. */
export const QUIET_MS = 300;

/** Calls `load` once per mount, when no query has been fetching for `QUIET_MS`. */
export function useLoadWhenQuiet(load: () => Promise<unknown>): void {
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
