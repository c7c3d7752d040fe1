// The incidents as a CSV table with every field: what "Download CSV" saves for the rows in view and
// what the build publishes for the whole dataset (public/data/incidents.csv).
import type { Incident } from '../domain/incident';
import type { CsvTable } from '../lib/csv';

/** Several chains in one cell, e.g. `Ethereum; BSC`. */
export const CHAIN_SEPARATOR = '; ';
/** Several source URLs in one cell, separated by a space (a space inside a URL is written %20). */
export const URL_SEPARATOR = ' ';

/** Every field of every incident: ISO dates, plain USD numbers, all chains and source URLs. */
export function incidentsTable(incidents: readonly Incident[]): CsvTable {
  return {
    columns: [
      { header: 'id', kind: 'text' },
      { header: 'date', kind: 'text' },
      { header: 'name', kind: 'text' },
      { header: 'amount_usd', kind: 'usd' },
      { header: 'category', kind: 'text' },
      { header: 'technique', kind: 'text' },
      { header: 'technique_class', kind: 'text' },
      { header: 'chains', kind: 'text' },
      { header: 'attribution', kind: 'text' },
      { header: 'returned_usd', kind: 'usd' },
      { header: 'source_urls', kind: 'text' },
    ],
    rows: incidents.map((incident) => [
      incident.id,
      incident.date,
      incident.name,
      incident.amountUsd,
      incident.category,
      incident.technique,
      incident.techniqueClass,
      incident.chains.join(CHAIN_SEPARATOR),
      incident.attribution,
      incident.returnedUsd,
      incident.sourceUrls.map((url) => url.replaceAll(' ', '%20')).join(URL_SEPARATOR),
    ]),
  };
}
