// The mock API's request handlers, one per endpoint of the contract, shared by the browser worker
// and the node server.
import type { RequestHandler } from 'msw';
import type { MockOptions } from '../options';
import { annotationsHandler } from './annotations';
import { catalogHandler } from './catalog';
import { createHandlerContext } from './context';
import { metricsHandler } from './metrics';
import { pillarsHandler } from './pillars';
import { stagesHandler } from './stages';

export function createHandlers(options: MockOptions = {}): RequestHandler[] {
  const context = createHandlerContext(options);
  return [
    catalogHandler(context),
    metricsHandler(context),
    pillarsHandler(context),
    stagesHandler(context),
    annotationsHandler(context),
  ];
}
