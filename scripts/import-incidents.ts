/**
 * Rebuilds mocks/data/incidents.json from the source CSV:
 *
 *   npm run data:import -- path/to/incidents.csv [--generated-at 2026-11-29T00:00:00Z]
 *
 * incidents_provenance.csv and published-estimates.csv are read from the same folder when present.
 * Every row is kept as it is: if any row fails the incident schema, or an id repeats, the problems
 * are listed and nothing is written, because a person has to fix the CSV.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { DataSource, PublishedEstimate } from '../src/domain/incident';
import { incidentsResponseSchema } from '../src/data/incident-schema';
import { CsvFormatError, readCsv } from './lib/csv';
import { formatDatasetJson } from './lib/dataset-json';
import {
  ESTIMATE_COLUMNS,
  INCIDENT_COLUMNS,
  compareIncidents,
  toIncidents,
  toPublishedEstimate,
} from './lib/incident-rows';
import { formatProblem, type RowProblem } from './lib/row-problems';
import { PROVENANCE_COLUMNS, countSources } from './lib/sources';

const OUTPUT_FILE = fileURLToPath(new URL('../mocks/data/incidents.json', import.meta.url));
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

class ImportError extends Error {
  override name = 'ImportError';
}

function readArguments(): { csvPath: string; generatedAt: string } {
  const usage =
    'Usage: npm run data:import -- path/to/incidents.csv [--generated-at 2026-11-29T00:00:00Z]';
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { 'generated-at': { type: 'string' } } });
  } catch (error) {
    throw new ImportError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const { values, positionals } = parsed;
  const [csvPath, ...extra] = positionals;
  if (!csvPath || extra.length > 0) throw new ImportError(usage);
  const generatedAt = values['generated-at'] ?? new Date().toISOString();
  if (!ISO_DATE_TIME.test(generatedAt) || Number.isNaN(Date.parse(generatedAt))) {
    throw new ImportError(`--generated-at must be an ISO date-time, got "${generatedAt}"`);
  }
  return { csvPath, generatedAt };
}

function failOnProblems(title: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  throw new ImportError(`${title} (${problems.length}):\n  ${problems.join('\n  ')}`);
}

function readSources(folder: string, incidentIds: ReadonlySet<string>): DataSource[] {
  const path = join(folder, 'incidents_provenance.csv');
  if (!existsSync(path)) {
    console.warn(`No ${path}: meta.sources is left empty.`);
    return [];
  }
  const { sources, problems } = countSources(readCsv(path, PROVENANCE_COLUMNS), incidentIds);
  failOnProblems('The provenance does not match the incidents', problems);
  return sources;
}

function readPublishedEstimates(folder: string): PublishedEstimate[] {
  const path = join(folder, 'published-estimates.csv');
  if (!existsSync(path)) {
    console.warn(`No ${path}: meta.publishedEstimates is left empty.`);
    return [];
  }
  const estimates: PublishedEstimate[] = [];
  const problems: RowProblem[] = [];
  for (const record of readCsv(path, ESTIMATE_COLUMNS)) {
    const result = toPublishedEstimate(record);
    if (result.ok) estimates.push(result.value);
    else problems.push(...result.problems);
  }
  failOnProblems(`Rows of ${path} that fail the schema`, problems.map(formatProblem));
  return estimates;
}

/** Adds whole cents, so that the total is exact for amounts with at most two decimals. */
function totalUsd(amounts: readonly number[]): string {
  const cents = amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0);
  return (cents / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function main(): void {
  const { csvPath, generatedAt } = readArguments();
  const { incidents, problems } = toIncidents(readCsv(csvPath, INCIDENT_COLUMNS));
  failOnProblems(`Rows of ${csvPath} that fail the schema`, problems.map(formatProblem));
  incidents.sort(compareIncidents);

  const folder = dirname(csvPath);
  const sources = readSources(folder, new Set(incidents.map((incident) => incident.id)));
  const publishedEstimates = readPublishedEstimates(folder);
  const checked = incidentsResponseSchema.safeParse({
    incidents,
    meta: {
      count: incidents.length,
      firstDate: incidents.at(0)?.date ?? null,
      lastDate: incidents.at(-1)?.date ?? null,
      generatedAt,
      sources,
      publishedEstimates,
    },
  });
  if (!checked.success) {
    const issues = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    failOnProblems('The response fails incidentsResponseSchema', issues);
    return;
  }
  writeFileSync(OUTPUT_FILE, formatDatasetJson(checked.data));

  const { meta } = checked.data;
  console.log(
    `Wrote ${relative(process.cwd(), OUTPUT_FILE)}: ${meta.count} incidents, ` +
      `${meta.firstDate} to ${meta.lastDate}, total $${totalUsd(incidents.map((i) => i.amountUsd))}, ` +
      `${meta.publishedEstimates.length} published estimates.`,
  );
}

try {
  main();
} catch (error) {
  if (!(error instanceof ImportError || error instanceof CsvFormatError)) throw error;
  console.error(`${error.message}\nNothing was written.`);
  process.exitCode = 1;
}
