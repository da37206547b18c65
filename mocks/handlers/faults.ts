// Plays the scenario's fault around an endpoint's healthy handler: the error statuses, network
// failures, slow or hanging answers, and bodies that are malformed, wrong or odd.
import { delay, HttpResponse } from 'msw';
import type { EndpointName } from '@/api/schemas';
import type { Fault } from '../scenarios';
import { alterBody } from './body-faults';
import { errorResponse, type HandlerContext } from './context';

/** What a handler answers when healthy, given the request; it waits no latency itself. */
export type HealthyResolver = (info: { request: Request }) => Response | Promise<Response>;

/** How long `slow` takes to answer: longer than an impatient client waits, shorter than a timeout. */
export const slowMs = 4_000;

interface ErrorFault {
  status: number;
  code: string;
  message: string;
  /** Seconds, sent as Retry-After: when the contract says a client may try again. */
  retryAfter?: number;
}

const errorFaults: Partial<Record<Fault, ErrorFault>> = {
  '500': { status: 500, code: 'internal', message: 'internal server error' },
  '503': {
    status: 503,
    code: 'unavailable',
    message: 'service unavailable, try again shortly',
    retryAfter: 2,
  },
  '429': {
    status: 429,
    code: 'rate-limited',
    message: 'too many requests, slow down',
    retryAfter: 1,
  },
  '401': { status: 401, code: 'unauthorized', message: 'token missing or expired' },
  '403': { status: 403, code: 'forbidden', message: 'not allowed to read this' },
};

/**
 * The endpoint's resolver with the scenario's faults played around the healthy one. `body` is the
 * endpoint whose body the healthy answer has, when another's faults are played on it (GET
 * /v1/unit-stages plays those of stages).
 */
export function withFaults(
  endpoint: EndpointName,
  context: HandlerContext,
  healthy: HealthyResolver,
  body: EndpointName = endpoint,
): (info: { request: Request }) => Promise<Response> {
  return async (info) => {
    // Decided on arrival, so a schedule counts requests in the order they were made.
    const fault = context.fault(endpoint);
    // Pending until the client gives up: nothing after this runs for a hanging request.
    if (fault === 'hang') await delay('infinite');
    await (fault === 'slow' ? delay(slowMs) : context.latency());
    if (fault === 'network') return HttpResponse.error();
    const failure = fault === null ? undefined : errorFaults[fault];
    if (failure !== undefined) return failureResponse(failure);
    const response = await healthy(info);
    // A bad query keeps its 400 or 404: the fault stands for a server that did answer the request.
    if (fault === null || fault === 'slow' || !response.ok) return response;
    return alterResponse(body, fault, response, context);
  };
}

function failureResponse({ status, code, message, retryAfter }: ErrorFault): Response {
  const headers = retryAfter === undefined ? undefined : { 'Retry-After': String(retryAfter) };
  return errorResponse(status, code, message, headers);
}

/** The healthy response with its body cut short or altered, or as it was where the fault means nothing. */
async function alterResponse(
  endpoint: EndpointName,
  fault: Fault,
  response: Response,
  context: HandlerContext,
): Promise<Response> {
  const text = await response.text();
  // Fresh headers: the healthy ones carry the healthy body's Content-Length.
  const init = { status: response.status, headers: { 'Content-Type': 'application/json' } };
  if (fault === 'malformed-json') {
    // Cut in the middle, like a connection dropped mid-body: a strict prefix of an object never parses.
    return new HttpResponse(text.slice(0, Math.max(1, Math.floor(text.length / 2))), init);
  }
  const altered = alterBody(endpoint, fault, JSON.parse(text), context.data().catalog);
  if (altered === null) return new HttpResponse(text, init);
  return 'text' in altered
    ? new HttpResponse(altered.text, init)
    : new HttpResponse(JSON.stringify(altered.json), init);
}
