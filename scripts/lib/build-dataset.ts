import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource, PublishedEstimate } from '../../src/domain/incident';
import { incidentsResponseSchema } from '../../src/data/incident-schema';
import { readCsv } from './csv';
import { formatDatasetJson } from './dataset-json';
import {
  ESTIMATE_COLUMNS,
  INCIDENT_COLUMNS,
  compareIncidents,
  toIncidents,
  toPublishedEstimate,
} from './incident-rows';
import { formatProblem, type RowProblem } from './row-problems';
import { PROVENANCE_COLUMNS, countSources } from './sources';

/** The folder the project's source files live in (see mocks/data/README.md). */
export const SOURCE_FOLDER = 'mocks/data/source';

/** A problem a person has to fix in the source files; nothing is written when one is thrown. */
export class ImportError extends Error {
  override name = 'ImportError';
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

export interface BuildOptions {
  readonly generatedAt: string;
}

/** `## Version 2 (2026-12-01): …`, the heading SOURCES.md gives each version. */
const VERSION_HEADING = /^## Version \d+ \((\d{4}-\d{2}-\d{2})\)/gm;

/** The date of the latest version that the folder's SOURCES.md describes (its `## Version N (date)` headings). */
export function readDatasetVersion(folder: string): string {
  const path = join(folder, 'SOURCES.md');
  if (!existsSync(path)) throw new ImportError(`No ${path}: it must say the dataset's version.`);
  const dates = [...readFileSync(path, 'utf8').matchAll(VERSION_HEADING)].map((m) => m[1] ?? '');
  const latest = dates.sort().at(-1);
  if (latest === undefined) {
    throw new ImportError(`${path} has no "## Version N (YYYY-MM-DD)" heading: add one.`);
  }
  return latest;
}

/**
 * The dataset file built from the source CSV at `csvPath` (provenance and published estimates are
 * read from the same folder): the checked response and the exact text to write. Throws an
 * {@link ImportError} listing every problem when a row or the whole response fails the schema.
 */
export function buildDataset(csvPath: string, { generatedAt }: BuildOptions) {
  const { incidents, problems } = toIncidents(readCsv(csvPath, INCIDENT_COLUMNS));
  failOnProblems(`Rows of ${csvPath} that fail the schema`, problems.map(formatProblem));
  incidents.sort(compareIncidents);

  const folder = join(csvPath, '..');
  const sources = readSources(folder, new Set(incidents.map((incident) => incident.id)));
  const publishedEstimates = readPublishedEstimates(folder);
  const checked = incidentsResponseSchema.safeParse({
    incidents,
    meta: {
      count: incidents.length,
      firstDate: incidents.at(0)?.date ?? null,
      lastDate: incidents.at(-1)?.date ?? null,
      generatedAt,
      version: readDatasetVersion(folder),
      sources,
      publishedEstimates,
    },
  });
  if (!checked.success) {
    const issues = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ImportError(
      `The response fails incidentsResponseSchema (${issues.length}):\n  ${issues.join('\n  ')}`,
    );
  }
  return { response: checked.data, text: formatDatasetJson(checked.data) };
}
