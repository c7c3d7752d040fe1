import { QueryClient } from '@tanstack/react-query';
import { IncidentsError } from '../data/incidents-error';

const MAX_RETRIES = 3;

/** Transient failures (network, time-out, 5xx) are retried with backoff; a 4xx or bad answer is not. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof IncidentsError && error.isTransient && failureCount < MAX_RETRIES;
}

export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetry : false,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 5_000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
