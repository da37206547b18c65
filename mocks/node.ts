// The mock API in node (unit tests, scripts): a request interceptor answering the contract's requests.
import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers } from './handlers';
import type { MockOptions } from './options';

/** A fixed date and no latency, so tests see the same data every run and never wait. */
export const server = setupServer(...createHandlers({ asOf: '2026-11-20', latencyMs: 0 }));

export function createMockServer(options: MockOptions = {}): SetupServer {
  return setupServer(...createHandlers({ ...options, latencyMs: options.latencyMs ?? 0 }));
}
