// The mock API in the browser: a service worker answering the contract's requests.
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import type { MockOptions } from './options';

/** Latency of a real network, so loading states show in the browser. */
const browserLatencyMs: [number, number] = [80, 250];

export async function startMockWorker(
  options: MockOptions & { serviceWorkerUrl: string; quiet?: boolean },
): Promise<void> {
  const { serviceWorkerUrl, quiet = false, ...mockOptions } = options;
  const worker = setupWorker(
    ...createHandlers({ ...mockOptions, latencyMs: mockOptions.latencyMs ?? browserLatencyMs }),
  );
  await worker.start({
    serviceWorker: { url: serviceWorkerUrl },
    onUnhandledRequest: 'bypass',
    quiet,
  });
}
