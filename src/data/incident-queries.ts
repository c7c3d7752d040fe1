import { queryOptions } from '@tanstack/react-query';
import { fetchIncidents, incidentsUrl } from './fetch-incidents';

export const incidentQueries = {
  all: () => ['incidents'] as const,
  list: (url: string = incidentsUrl()) =>
    queryOptions({
      queryKey: [...incidentQueries.all(), 'list', { url }] as const,
      queryFn: ({ signal }) => fetchIncidents(url, { signal }),
      staleTime: 5 * 60_000,
    }),
};
