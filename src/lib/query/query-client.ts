// The TanStack Query client: refresh interval from config, retries only where trying again can help.
import { QueryClient } from '@tanstack/react-query';
import { HttpError, isApiError } from '@/api/errors';

export const MAX_RETRIES = 3;

/** Retry transient failures (network, timeout, 5xx, 429) a few times; never 4xx or contract violations. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error)) return error.transient && failureCount < MAX_RETRIES;
  return false;
}

/** Exponential backoff with jitter, honouring a server's Retry-After. */
export function retryDelay(failureCount: number, error: unknown): number {
  const retryAfter = error instanceof HttpError ? error.retryAfterSeconds : null;
  if (retryAfter != null) return Math.min(retryAfter * 1000, 5 * 60_000);
  const base = Math.min(1000 * 2 ** failureCount, 30_000);
  return base / 2 + Math.random() * (base / 2);
}

export function createQueryClient(refreshSeconds: number): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: Math.min(refreshSeconds * 1000, 60_000),
        refetchInterval: refreshSeconds * 1000,
        // TV browsers often report the page as hidden: keep refreshing anyway.
        refetchIntervalInBackground: true,
        refetchOnWindowFocus: true,
      },
    },
  });
}
