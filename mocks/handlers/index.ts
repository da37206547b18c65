// The mock API's request handlers, one per endpoint of the contract, shared by the browser worker
// and the node server, with a control to switch the fault scenario while they run.
import type { RequestHandler } from 'msw';
import type { EndpointName } from '@/api/schemas';
import type { MockOptions } from '../options';
import { createScenarioState, decide } from '../scenarios';
import { annotationsHandler } from './annotations';
import { catalogHandler } from './catalog';
import { createHandlerContext } from './context';
import { metricsHandler } from './metrics';
import { pillarsHandler, unitPillarsHandler } from './pillars';
import { stagesHandler, unitStagesHandler } from './stages';

/** What tests drive at run time, without restarting the mock (or reloading the page). */
export interface MockControl {
  /** Plays another scenario from the next request on; counts its schedules afresh. Throws on a bad one. */
  setScenario(text: string): void;
  /** Requests received since the mock started, for every endpoint or the one named. */
  requestCount(endpoint?: EndpointName): number;
}

export interface MockApi extends MockControl {
  handlers: RequestHandler[];
  /** Builds the data set now (the organisation and its catalog) rather than on the first request. */
  prepare(): void;
}

export function createMockApi(options: MockOptions = {}): MockApi {
  // Parsed before anything else, so a bad scenario fails start-up with the parser's message.
  let scenario = createScenarioState(options.scenario ?? '');
  const received = new Map<EndpointName, number>();
  const context = createHandlerContext(options, (endpoint) => {
    received.set(endpoint, (received.get(endpoint) ?? 0) + 1);
    return decide(scenario, endpoint);
  });
  return {
    // MSW tries the handlers in turn, reading the request's URL and cookies for each: the endpoints
    // asked for once per unit come first (a large organisation's overview asks for 60 units' stages).
    handlers: [
      stagesHandler(context),
      unitStagesHandler(context),
      metricsHandler(context),
      pillarsHandler(context),
      unitPillarsHandler(context),
      annotationsHandler(context),
      catalogHandler(context),
    ],
    prepare() {
      context.data();
    },
    setScenario(text) {
      scenario = createScenarioState(text);
    },
    requestCount(endpoint) {
      if (endpoint !== undefined) return received.get(endpoint) ?? 0;
      return [...received.values()].reduce((sum, count) => sum + count, 0);
    },
  };
}

export function createHandlers(options: MockOptions = {}): RequestHandler[] {
  return createMockApi(options).handlers;
}
