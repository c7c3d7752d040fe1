import type { Incident, PublishedEstimate } from '../../src/domain/incident';
import { incidentSchema, publishedEstimateSchema } from '../../src/data/incident-schema';
import { classifyTechnique } from '../../src/domain/technique-class';
import { cell, type CsvRecord } from './csv';
import {
  checkRow,
  emptyToNull,
  parseAmount,
  type RowProblem,
  type RowResult,
} from './row-problems';

export const INCIDENT_COLUMNS = [
  'id',
  'date',
  'name',
  'amount_usd',
  'category',
  'technique',
  'chains',
  'attribution',
  'returned_usd',
  'source_url',
] as const;

const INCIDENT_FIELD_COLUMNS: Readonly<Record<keyof Incident, string>> = {
  id: 'id',
  date: 'date',
  name: 'name',
  amountUsd: 'amount_usd',
  category: 'category',
  technique: 'technique',
  techniqueClass: 'technique',
  chains: 'chains',
  attribution: 'attribution',
  returnedUsd: 'returned_usd',
  sourceUrls: 'source_url',
};

export const ESTIMATE_COLUMNS = [
  'publisher',
  'metric',
  'period_start',
  'period_end',
  'amount_usd',
  'scope_note',
  'published',
  'quote',
  'source_url',
] as const;

const ESTIMATE_FIELD_COLUMNS: Readonly<Record<keyof PublishedEstimate, string>> = {
  publisher: 'publisher',
  metric: 'metric',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  amountUsd: 'amount_usd',
  scopeNote: 'scope_note',
  published: 'published',
  quote: 'quote',
  sourceUrl: 'source_url',
};

/** Splits a list cell on `separator`, trims each item and drops empty ones. */
function splitList(text: string, separator: string): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Converts one incidents.csv row to an Incident, or says which cells are wrong. */
export function toIncident(record: CsvRecord): RowResult<Incident> {
  const get = (column: string) => cell(record, column);
  const technique = emptyToNull(get('technique'));
  const raw = {
    id: get('id'),
    date: get('date'),
    name: get('name'),
    amountUsd: parseAmount(get('amount_usd')),
    category: get('category'),
    technique,
    techniqueClass: classifyTechnique(technique),
    chains: splitList(get('chains'), ';'),
    attribution: emptyToNull(get('attribution')),
    returnedUsd: parseAmount(get('returned_usd')) ?? null,
    sourceUrls: splitList(get('source_url'), ' ; '),
  };
  return checkRow(incidentSchema, raw, record, INCIDENT_FIELD_COLUMNS, raw.id || null);
}

/** Converts every row; also reports ids used more than once. Nothing is dropped in silence. */
export function toIncidents(records: readonly CsvRecord[]): {
  incidents: Incident[];
  problems: RowProblem[];
} {
  const incidents: Incident[] = [];
  const problems: RowProblem[] = [];
  const firstRowOfId = new Map<string, number>();
  for (const record of records) {
    const result = toIncident(record);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { id } = result.value;
    const firstRow = firstRowOfId.get(id);
    if (firstRow !== undefined) {
      problems.push({ row: record.row, id, column: 'id', reason: `duplicates row ${firstRow}` });
      continue;
    }
    firstRowOfId.set(id, record.row);
    incidents.push(result.value);
  }
  return { incidents, problems };
}

/** Converts one published-estimates.csv row to camelCase and checks it. */
export function toPublishedEstimate(record: CsvRecord): RowResult<PublishedEstimate> {
  const get = (column: string) => cell(record, column);
  const raw = {
    publisher: get('publisher'),
    metric: get('metric'),
    periodStart: emptyToNull(get('period_start')),
    periodEnd: emptyToNull(get('period_end')),
    amountUsd: parseAmount(get('amount_usd')),
    scopeNote: get('scope_note'),
    published: get('published'),
    quote: get('quote'),
    sourceUrl: get('source_url'),
  };
  return checkRow(publishedEstimateSchema, raw, record, ESTIMATE_FIELD_COLUMNS, null);
}

/** Incidents in a stable order: by date, then by id (plain code-unit order, not locale order). */
export function compareIncidents(a: Incident, b: Incident): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}
