import type { DataSource } from '../../src/domain/incident';
import { cell, type CsvRecord } from './csv';

export const PROVENANCE_COLUMNS = [
  'id',
  'primary_input',
  'amount_basis',
  'raw_amount_or_evidence',
  'attribution_source',
  'also_listed_in',
  'notes',
] as const;

/** The inputs named in SOURCES.md, keyed by the `primary_input` value of incidents_provenance.csv. */
export const KNOWN_SOURCES: readonly (Omit<DataSource, 'incidentCount'> & { input: string })[] = [
  {
    input: 'DeFiHackLabs',
    name: 'DeFiHackLabs (SunWeb3Sec/DeFiHackLabs)',
    url: 'https://github.com/SunWeb3Sec/DeFiHackLabs',
  },
  {
    input: 'T. Monahan DPRK README',
    name: "T. Monahan's DPRK list (tayvano/lazarus-bluenoroff-research)",
    url: 'https://github.com/tayvano/lazarus-bluenoroff-research',
  },
  { input: 'curated page', name: 'Curated press and incident pages', url: null },
  {
    input: 'recall audit (report/press page)',
    name: 'Recall audit of published year-end and top-N reports',
    url: null,
  },
  {
    input: 'rekt.news article',
    name: 'rekt.news articles (ohix/rekt.news)',
    url: 'https://github.com/ohix/rekt.news',
  },
];

/**
 * Counts the incidents each source supplied. Every incident must have exactly one provenance row
 * with a known input, so that the counts add up to the number of incidents.
 */
export function countSources(
  provenance: readonly CsvRecord[],
  incidentIds: ReadonlySet<string>,
): { sources: DataSource[]; problems: string[] } {
  const problems: string[] = [];
  const counts = new Map(KNOWN_SOURCES.map((source) => [source.input, 0]));
  const seen = new Set<string>();
  for (const record of provenance) {
    const id = cell(record, 'id');
    const input = cell(record, 'primary_input');
    const where = `incidents_provenance.csv row ${record.row} (${id})`;
    const count = counts.get(input);
    if (!incidentIds.has(id)) problems.push(`${where}: no incident has this id`);
    else if (seen.has(id)) problems.push(`${where}: a second provenance row for this incident`);
    else if (count === undefined) problems.push(`${where}: unknown primary_input "${input}"`);
    else counts.set(input, count + 1);
    seen.add(id);
  }
  for (const id of incidentIds) {
    if (!seen.has(id)) problems.push(`incidents_provenance.csv: no row for incident ${id}`);
  }
  const sources = KNOWN_SOURCES.map(({ name, url, input }) => ({
    name,
    url,
    incidentCount: counts.get(input) ?? 0,
  }));
  const total = sources.reduce((sum, source) => sum + source.incidentCount, 0);
  if (total !== incidentIds.size) {
    problems.push(`source counts add up to ${total}, but there are ${incidentIds.size} incidents`);
  }
  return { sources, problems };
}
