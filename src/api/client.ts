// The one API client: fetch with base URL, bearer token and timeout; every response parsed at the edge.
import type { z } from 'zod/mini';
import { firstIssue } from './validation';
import type { DataQualityIssue, WithQuality } from './data-quality';
import { ApiError, ContractError, HttpError, NetworkError, TimeoutError } from './errors';
import { endpoints, errorBodySchema, type EndpointName } from './schemas';

export type Query = Record<string, string | number | undefined | null>;
export type EndpointData<N extends EndpointName> = z.infer<(typeof endpoints)[N]['schema']>;

export interface ApiClientOptions {
  /** Absolute URL or a path on this origin, e.g. `https://cx-api.example.com` or `/api`. */
  baseUrl: string;
  timeoutMs: number;
  /** Read on every request so a token can be replaced while the app runs. */
  getToken?: () => string | null;
  fetch?: typeof fetch;
}

export interface GetOptions {
  signal?: AbortSignal;
  /** Removes unplottable points from the raw body before validation and says which. */
  sanitise?: (body: unknown) => DataQualityIssue[];
}

export interface ApiClient {
  readonly baseUrl: string;
  get<N extends EndpointName>(
    name: N,
    query?: Query,
    options?: GetOptions,
  ): Promise<WithQuality<EndpointData<N>>>;
}

/** Joins the base URL and an endpoint path: `/api` + `/v1/catalog` → `/api/v1/catalog`. */
export function endpointUrl(baseUrl: string, path: string, query: Query = {}): URL {
  const origin = typeof location === 'undefined' ? 'http://localhost' : location.href;
  const url = new URL(baseUrl.replace(/\/+$/, '') + path, origin);
  for (const [key, value] of Object.entries(query)) {
    if (value != null && value !== '') url.searchParams.set(key, String(value));
  }
  return url;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, (date - Date.now()) / 1000);
}

async function httpError(endpoint: string, response: Response): Promise<HttpError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let code = `http-${response.status}`;
  let detail = response.statusText || 'request failed';
  try {
    const body = errorBodySchema.safeParse(await response.json());
    if (body.success) {
      code = body.data.error.code;
      detail = body.data.error.message;
    }
  } catch {
    // A non-JSON error body (a proxy's HTML page, say): the status says enough.
  }
  return new HttpError(endpoint, response.status, code, detail, retryAfter);
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  /** When each URL started failing: cleared by its next success, carried on its errors. */
  const failingSince = new Map<string, number>();

  async function get<N extends EndpointName>(
    name: N,
    query: Query = {},
    getOptions: GetOptions = {},
  ): Promise<WithQuality<EndpointData<N>>> {
    const url = endpointUrl(options.baseUrl, endpoints[name].path, query);
    try {
      const data = await request(name, url, getOptions);
      failingSince.delete(url.href);
      return data;
    } catch (error) {
      if (error instanceof ApiError) {
        const since = failingSince.get(url.href) ?? Date.now();
        failingSince.set(url.href, since);
        error.failingSince = since;
      }
      throw error;
    }
  }

  async function request<N extends EndpointName>(
    name: N,
    url: URL,
    { signal, sanitise }: GetOptions,
  ): Promise<WithQuality<EndpointData<N>>> {
    const { path, schema } = endpoints[name];
    const endpoint = `GET ${path}`;

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });

    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = options.getToken?.();
    if (token) headers.Authorization = `Bearer ${token}`;

    try {
      let response: Response;
      try {
        response = await doFetch(url, { headers, signal: controller.signal, credentials: 'omit' });
      } catch (cause) {
        if (timedOut) throw new TimeoutError(endpoint, options.timeoutMs);
        if (signal?.aborted) throw cause; // cancelled by the caller: not an error to report
        throw new NetworkError(endpoint, cause);
      }
      if (!response.ok) throw await httpError(endpoint, response);

      let body: unknown;
      try {
        body = await response.json();
      } catch (cause) {
        if (timedOut) throw new TimeoutError(endpoint, options.timeoutMs);
        if (signal?.aborted) throw cause;
        throw new ContractError(
          endpoint,
          '(body)',
          'expected JSON, received something that does not parse',
        );
      }
      const dataQuality = sanitise?.(body) ?? [];
      const parsed = schema.safeParse(body, { reportInput: true });
      if (!parsed.success) {
        const { path: where, problem } = firstIssue(parsed.error);
        throw new ContractError(endpoint, where, problem);
      }
      const data = parsed.data as WithQuality<EndpointData<N>>;
      if (dataQuality.length) data.dataQuality = dataQuality;
      return data;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return { baseUrl: options.baseUrl, get };
}
