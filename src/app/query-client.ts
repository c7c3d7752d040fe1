import { QueryClient } from '@tanstack/react-query';
import { REQUEST_TIMEOUT_MS } from '../data/fetch-incidents';
import { IncidentsError } from '../data/incidents-error';

export const MAX_RETRIES = 3;
const FIRST_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 5_000;

/** Transient failures (network, time-out, 5xx) are retried with backoff; a 4xx or bad answer is not. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof IncidentsError && error.isTransient && failureCount < MAX_RETRIES;
}

/** Doubles from `firstDelayMs` on each retry (0.5 s, 1 s, 2 s), never above 5 s. */
export function retryDelay(attempt: number, firstDelayMs = FIRST_RETRY_DELAY_MS): number {
  return Math.min(firstDelayMs * 2 ** attempt, MAX_RETRY_DELAY_MS);
}

export interface QueryClientOptions {
  /** `false` in tests, so an error shows at once. */
  readonly retry?: boolean;
  /** The wait before the first retry; tests with retries pass a few milliseconds. */
  readonly firstRetryDelayMs?: number;
  /** How long a request may take before it is stopped as timed out (15 s in the app). */
  readonly requestTimeoutMs?: number;
}

export function createQueryClient({
  retry = true,
  firstRetryDelayMs = FIRST_RETRY_DELAY_MS,
  requestTimeoutMs = REQUEST_TIMEOUT_MS,
}: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetry : false,
        retryDelay: (attempt) => retryDelay(attempt, firstRetryDelayMs),
        refetchOnWindowFocus: false,
        meta: { requestTimeoutMs },
      },
    },
  });
}
