import { useEffect, useRef } from 'react';

/** At the latest this long after mounting, the code is asked for anyway (figures from the cache). */
const FALLBACK_MS = 5_000;

/**
 * Starts loading code the screen needs later (a view's chunk) once the first figures have arrived
 * (`busy` has been true and is false again), so its download and parsing never compete with the
 * first view's; once per mount. By the time the rotation reaches that view, its code is there.
 */
export function usePrefetchAfterFirstFigures(busy: boolean, load: () => Promise<unknown>): void {
  const sawBusy = useRef(false);
  const started = useRef(false);
  const start = useRef(() => {
    if (started.current) return;
    started.current = true;
    // A failure here is the view's to report when it is shown (its own load tries again).
    load().catch(() => undefined);
  });
  useEffect(() => {
    const id = setTimeout(start.current, FALLBACK_MS);
    return () => clearTimeout(id);
  }, []);
  useEffect(() => {
    if (busy) sawBusy.current = true;
    else if (sawBusy.current) start.current();
  }, [busy]);
}
