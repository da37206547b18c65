// Typed errors of the API client: each says what failed, where, and whether trying again can help.

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'contract';

export abstract class ApiError extends Error {
  abstract readonly kind: ApiErrorKind;
  /** e.g. `GET /v1/metrics` */
  readonly endpoint: string;
  /** When this request started failing (ms since the epoch): set by the client, kept across retries. */
  failingSince: number | null = null;

  constructor(endpoint: string, message: string, options?: ErrorOptions) {
    super(`${endpoint}: ${message}`, options);
    this.endpoint = endpoint;
  }

  /** Whether the same request may succeed later without anyone changing anything. */
  abstract get transient(): boolean;
}

export class HttpError extends ApiError {
  readonly kind = 'http' as const;
  override name = 'HttpError';

  constructor(
    endpoint: string,
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    /** Seconds from a `Retry-After` header, when the server sent one. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(endpoint, `HTTP ${status} ${code}: ${detail}`);
  }

  get transient(): boolean {
    return this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

export class NetworkError extends ApiError {
  readonly kind = 'network' as const;
  override name = 'NetworkError';

  constructor(endpoint: string, cause: unknown) {
    super(endpoint, 'the API could not be reached (network error or CORS)', { cause });
  }

  get transient(): boolean {
    return true;
  }
}

export class TimeoutError extends ApiError {
  readonly kind = 'timeout' as const;
  override name = 'TimeoutError';

  constructor(
    endpoint: string,
    readonly timeoutMs: number,
  ) {
    super(endpoint, `no answer within ${Math.round(timeoutMs / 100) / 10} s`);
  }

  get transient(): boolean {
    return true;
  }
}

export class ContractError extends ApiError {
  readonly kind = 'contract' as const;
  override name = 'ContractError';

  constructor(
    endpoint: string,
    /** e.g. `series[0].points[3].value` */
    readonly path: string,
    /** e.g. `expected number, received string` */
    readonly problem: string,
  ) {
    super(endpoint, `${path}: ${problem}`);
  }

  get transient(): boolean {
    return false;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
