// What every handler shares: the data set for the options, the simulated latency, the scenario's
// faults, the query rules of the contract (unit, from/to, metric) and its error responses.
import { delay, HttpResponse } from 'msw';
import { isoDate, type EndpointName, type ErrorBody } from '@/api/schemas';
import { addWeeksTo } from '../data/calendar';
import { isMetricId, type MetricId } from '../data/definitions';
import { getMockData, type MockData } from '../data/mock-data';
import { wholeOrganisation } from '../data/organisation';
import { createRng } from '../data/random';
import {
  defaultSeed,
  mockFeatures,
  resolveMockOptions,
  type MockFeature,
  type MockOptions,
} from '../options';
import type { Fault } from '../scenarios';

export interface HandlerContext {
  /** The data set; resolved per request, so a default as-of date of "now" moves on by itself. */
  data(): MockData;
  /** Waits the simulated network latency. */
  latency(): Promise<void>;
  /** The fault to play on this request, or null; call it once per request, as it counts them. */
  fault(endpoint: EndpointName): Fault | null;
  /** The optional endpoints offered, as the catalog's `features` names them. */
  features: readonly MockFeature[];
}

/** The periods a request asks for: those whose first day lies in [from, to], both inclusive. */
export interface PeriodWindow {
  from: string;
  to: string;
}

export interface UnitQuery {
  data: MockData;
  unit: string;
  window: PeriodWindow;
}

/** The default window: the 52 weeks up to the latest data. */
const defaultWindowWeeks = 52;

export function createHandlerContext(
  options: MockOptions,
  fault: HandlerContext['fault'] = () => null,
): HandlerContext {
  // Fails fast on a bad asOf; the data set itself is built on first use (or by `prepare`).
  resolveMockOptions(options);
  return {
    data: () => getMockData(options),
    latency: createLatency(options),
    fault,
    features: options.features ?? mockFeatures,
  };
}

/** `unit` (default 'all'), `from` and `to`, checked: a bad query answers 400, an unknown unit 404. */
export function readUnitQuery(request: Request, data: MockData): UnitQuery | Response {
  const params = new URL(request.url).searchParams;
  const window = readWindow(params, data.latestWeek);
  if (typeof window === 'string') return badQuery(window);
  const unit = params.get('unit') ?? wholeOrganisation;
  if (!data.hasUnit(unit)) return notFound(`unit: unknown unit ${JSON.stringify(unit)}`);
  return { data, unit, window };
}

/** `units` (comma-separated, required), `from` and `to`, checked as `readUnitQuery` checks them. */
export function readUnitsQuery(
  request: Request,
  data: MockData,
): { units: string[]; window: PeriodWindow } | Response {
  const params = new URL(request.url).searchParams;
  const window = readWindow(params, data.latestWeek);
  if (typeof window === 'string') return badQuery(window);
  const param = params.get('units') ?? '';
  const units = param.split(',').map((id) => id.trim());
  if (units.some((id) => id === '')) {
    return badQuery(`units: expected comma-separated unit ids, received ${JSON.stringify(param)}`);
  }
  const unknown = units.find((id) => !data.hasUnit(id));
  if (unknown !== undefined) return notFound(`units: unknown unit ${JSON.stringify(unknown)}`);
  return { units, window };
}

/** `metric`: comma-separated metric ids, default every metric; an unknown id answers 404. */
export function readMetricIds(request: Request): MetricId[] | undefined | Response {
  const param = new URL(request.url).searchParams.get('metric');
  if (param === null) return undefined;
  const ids = [...new Set(param.split(',').map((id) => id.trim()))];
  if (ids.some((id) => id === '')) {
    return badQuery(
      `metric: expected comma-separated metric ids, received ${JSON.stringify(param)}`,
    );
  }
  const unknown = ids.find((id) => !isMetricId(id));
  if (unknown !== undefined) return notFound(`metric: unknown metric ${JSON.stringify(unknown)}`);
  return ids.filter(isMetricId);
}

export function inWindow(day: string, window: PeriodWindow): boolean {
  // 'YYYY-MM-DD' strings sort as the days they name.
  return day >= window.from && day <= window.to;
}

const utf8 = new TextEncoder();

/**
 * A JSON response, as `HttpResponse.json` makes it but for its Content-Length: that measures the body
 * with a Blob, which costs Chromium ~0.4 ms of the page's main thread per response (a large
 * organisation's overview asks for 60 units' stages, one request each).
 */
export function jsonResponse<T>(
  body: T,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  const text = JSON.stringify(body);
  return new HttpResponse(text, {
    status: init.status,
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': String(utf8.encode(text).byteLength),
      ...init.headers,
    },
  });
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): Response {
  return jsonResponse<ErrorBody>({ error: { code, message } }, { status, headers });
}

export function badQuery(message: string): Response {
  return errorResponse(400, 'bad-query', message);
}

export function notFound(message: string): Response {
  return errorResponse(404, 'not-found', message);
}

/** The window asked for, or the message of a 400. Missing ends default to the 52 weeks to the latest data. */
export function readWindow(params: URLSearchParams, latestWeek: string): PeriodWindow | string {
  const from = params.get('from');
  const to = params.get('to');
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== null && !isoDate.safeParse(value).success) {
      return `${name}: expected a date YYYY-MM-DD, received ${JSON.stringify(value)}`;
    }
  }
  const end = to ?? latestWeek;
  const start = from ?? addWeeksTo(end, -(defaultWindowWeeks - 1));
  if (start > end) {
    return `from: expected a date on or before to (${JSON.stringify(end)}), received ${JSON.stringify(start)}`;
  }
  return { from: start, to: end };
}

/** A fixed delay, or one drawn from the range: deterministic, the n-th request always waits as long. */
function createLatency(options: MockOptions): () => Promise<void> {
  const latency = options.latencyMs ?? 0;
  const [min, max] = typeof latency === 'number' ? [latency, latency] : latency;
  const rng = createRng(options.seed ?? defaultSeed, 'latency');
  return async () => {
    const ms = Math.round(rng.uniform(Math.min(min, max), Math.max(min, max)));
    if (ms > 0) await delay(ms);
  };
}
