// The mock API in node (unit tests, scripts): a request interceptor answering the contract's requests.
import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers, createMockApi, type MockControl } from './handlers';
import type { MockOptions } from './options';

/** A fixed date and no latency, so tests see the same data every run and never wait. */
export const server = setupServer(...createHandlers({ asOf: '2026-11-20', latencyMs: 0 }));

export function createMockServer(options: MockOptions = {}): SetupServer {
  return createMockServerWithControl(options).server;
}

/** A mock server and the control to switch its fault scenario while it runs. */
export function createMockServerWithControl(
  options: MockOptions = {},
): MockControl & { server: SetupServer } {
  const { handlers, setScenario, requestCount } = createMockApi({
    ...options,
    latencyMs: options.latencyMs ?? 0,
  });
  return { server: setupServer(...handlers), setScenario, requestCount };
}
