import { queryOptions } from '@tanstack/react-query';
import { fetchIncidents, incidentsUrl } from './fetch-incidents';

declare module '@tanstack/react-query' {
  interface Register {
    /**
     * Settings the query client gives every query (`createQueryClient`): the app's 15 s time
     * limit, or a short one in tests.
     */
    queryMeta: { readonly requestTimeoutMs?: number };
  }
}

export const incidentQueries = {
  all: () => ['incidents'] as const,
  list: (url: string = incidentsUrl()) =>
    queryOptions({
      queryKey: [...incidentQueries.all(), 'list', { url }] as const,
      queryFn: ({ signal, meta }) =>
        fetchIncidents(url, { signal, timeoutMs: meta?.requestTimeoutMs }),
      staleTime: 5 * 60_000,
    }),
};
