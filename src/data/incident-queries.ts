import { queryOptions } from '@tanstack/react-query';
import { fetchDatasetVersion, fetchVersionsIndex } from './dataset-versions';
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
  /**
   * The incidents at `url`, or the released `version` of them (docs/api.md): a version never
   * changes once released, so it is never refetched.
   */
  list: (url: string = incidentsUrl(), version: string | null = null) =>
    queryOptions({
      queryKey: [...incidentQueries.all(), 'list', { url, version }] as const,
      queryFn: ({ signal, meta }) => {
        const options = { signal, timeoutMs: meta?.requestTimeoutMs };
        return version === null
          ? fetchIncidents(url, options)
          : fetchDatasetVersion(url, version, options);
      },
      staleTime: version === null ? 5 * 60_000 : Infinity,
    }),
  /** The released versions beside the endpoint (which exist, which is current). */
  versions: (endpoint: string = incidentsUrl()) =>
    queryOptions({
      queryKey: [...incidentQueries.all(), 'versions', { endpoint }] as const,
      queryFn: ({ signal, meta }) =>
        fetchVersionsIndex(endpoint, { signal, timeoutMs: meta?.requestTimeoutMs }),
      staleTime: 5 * 60_000,
    }),
};
