import { isDeepStrictEqual } from 'node:util';
import type * as z from 'zod/mini';
import type { incidentsResponseSchema } from '../../src/data/incident-schema';

type IncidentsResponse = z.output<typeof incidentsResponseSchema>;

/** `[` + one JSON item per line + `]`, so that a changed row shows as one changed line in a diff. */
function listOnePerLine(items: readonly unknown[]): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
}

/** The dataset file: each incident, source and published estimate on a line of its own. */
export function formatDatasetJson(response: IncidentsResponse): string {
  const { sources, publishedEstimates, ...scalars } = response.meta;
  const metaHead = JSON.stringify(scalars).slice(0, -1);
  const text =
    `{"incidents":${listOnePerLine(response.incidents)},\n` +
    `"meta":${metaHead},"sources":${listOnePerLine(sources)},` +
    `"publishedEstimates":${listOnePerLine(publishedEstimates)}}}\n`;
  const roundTrip: unknown = JSON.parse(text);
  if (!isDeepStrictEqual(roundTrip, response)) {
    throw new Error('formatDatasetJson: the written JSON does not read back as the same data');
  }
  return text;
}
