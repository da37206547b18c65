// The mock API in the browser: a service worker answering the contract's requests.
import { setupWorker } from 'msw/browser';
import { createMockApi, type MockControl } from './handlers';
import type { MockOptions } from './options';

declare global {
  interface Window {
    /**
     * The running mock's control, for end-to-end tests to switch fault scenarios without a reload.
     * Only the mock sets it: a deployment on a real API never has it.
     */
    __cxMock?: MockControl;
    /**
     * Set by public/early.js in mock mode: its registration of the mock's worker, settled once the
     * worker controls the page.
     */
    __cxEarlyWorker?: Promise<void>;
  }
}

/** How long start-up waits for early.js's registration of the worker to take control. */
const earlyWorkerWaitMs = 3_000;

const delay = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Latency of a real network, so loading states show in the browser. */
const browserLatencyMs: [number, number] = [80, 250];

export async function startMockWorker(
  options: MockOptions & { serviceWorkerUrl: string; quiet?: boolean },
): Promise<void> {
  const { serviceWorkerUrl, quiet = false, ...mockOptions } = options;
  // Checks the options (a bad scenario or as-of date fails here, before anything starts).
  const { handlers, prepare, setScenario, requestCount } = createMockApi({
    ...mockOptions,
    latencyMs: mockOptions.latencyMs ?? browserLatencyMs,
  });
  // public/early.js registered the worker while the app's code downloaded. MSW reloads a page that
  // its worker is registered for but does not control yet, so start it once the worker is in
  // control (the data set is built meanwhile). After 3 s MSW goes ahead as it would without early.js.
  const early = window.__cxEarlyWorker;
  if (early) {
    prepare();
    await Promise.race([early.catch(() => undefined), delay(earlyWorkerWaitMs)]);
  }
  // MSW asks an existing registration to update without waiting for the answer. Just after the
  // page before this one closed, its worker may be unregistering itself (it does when its last
  // client leaves), and the update then fails with "Not found": harmless, since MSW registers the
  // worker anew, but an unhandled rejection in the page. It is handled here.
  if (typeof ServiceWorkerRegistration === 'function') {
    const { prototype } = ServiceWorkerRegistration;
    const update = prototype.update;
    prototype.update = function (this: ServiceWorkerRegistration) {
      const updating = update.call(this);
      updating.catch(() => undefined);
      return updating;
    };
  }
  const worker = setupWorker(...handlers);
  const started = worker.start({
    serviceWorker: { url: serviceWorkerUrl },
    onUnhandledRequest: 'bypass',
    quiet,
  });
  // The data set is built while the browser registers and activates the worker, not after (a no-op
  // when it was built above, while early.js's registration finished).
  prepare();
  await started;
  // MSW hands every response back to the page for its lifecycle events, as a body stream nobody
  // reads; unread, each one stays in memory (in the page and the worker). Cancel them, so a wall
  // running for weeks on the mock stays flat: in a batch once the page is idle, because a cancel
  // costs ~0.2 ms of main thread and a large organisation's overview asks for 60 units at once.
  let unread: ReadableStream[] = [];
  const cancelUnread = () => {
    const streams = unread;
    unread = [];
    for (const stream of streams) stream.cancel().catch(() => {});
  };
  const release = ({ response }: { response: Response }) => {
    if (!response.body) return;
    unread.push(response.body);
    if (unread.length > 1) return;
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(cancelUnread, { timeout: 2000 });
    else setTimeout(cancelUnread, 1000);
  };
  worker.events.on('response:mocked', release);
  worker.events.on('response:bypass', release);
  window.__cxMock = { setScenario, requestCount };
}
