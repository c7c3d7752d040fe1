import type { DatasetMeta, Incident } from '../../domain/incident';

/**
 * The incidents as a response of the data contract (`{ incidents, meta }`), pretty-printed: `meta`
 * counts and dates the rows exported; `generatedAt`, `version` and `sources` are the dataset's.
 */
export function incidentsJson(incidents: readonly Incident[], dataset: DatasetMeta): string {
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const { date } of incidents) {
    if (firstDate === null || date < firstDate) firstDate = date;
    if (lastDate === null || date > lastDate) lastDate = date;
  }
  const meta: DatasetMeta = {
    count: incidents.length,
    firstDate,
    lastDate,
    generatedAt: dataset.generatedAt,
    version: dataset.version,
    sources: dataset.sources,
    publishedEstimates: [],
  };
  return `${JSON.stringify({ incidents, meta }, null, 2)}\n`;
}
