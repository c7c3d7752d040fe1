/**
 * Rebuilds mocks/data/incidents.json from the project's source files in mocks/data/source/:
 *
 *   npm run data:import [-- path/to/incidents.csv] [--generated-at 2026-11-29T00:00:00Z]
 *
 * incidents_provenance.csv and published-estimates.csv are read from the same folder as the CSV.
 * Every row is kept as it is: if any row fails the incident schema, or an id repeats, the problems
 * are listed and nothing is written, because a person has to fix the CSV.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CsvFormatError } from './lib/csv';
import { ImportError, SOURCE_FOLDER, buildDataset } from './lib/build-dataset';
import { PUBLISHED_DIR, publishedDataFiles } from './lib/published-data';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT_FILE = join(PROJECT, 'mocks/data/incidents.json');
const DEFAULT_CSV = join(PROJECT, SOURCE_FOLDER, 'incidents.csv');
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function readArguments(): { csvPath: string; generatedAt: string } {
  const usage =
    'Usage: npm run data:import [-- path/to/incidents.csv] [--generated-at 2026-11-29T00:00:00Z]';
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { 'generated-at': { type: 'string' } } });
  } catch (error) {
    throw new ImportError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const { values, positionals } = parsed;
  const [csvPath = DEFAULT_CSV, ...extra] = positionals;
  if (extra.length > 0) throw new ImportError(usage);
  const generatedAt = values['generated-at'] ?? new Date().toISOString();
  if (!ISO_DATE_TIME.test(generatedAt) || Number.isNaN(Date.parse(generatedAt))) {
    throw new ImportError(`--generated-at must be an ISO date-time, got "${generatedAt}"`);
  }
  return { csvPath, generatedAt };
}

/** Adds whole cents, so that the total is exact for amounts with at most two decimals. */
function totalUsd(amounts: readonly number[]): string {
  const cents = amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0);
  return (cents / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function main(): void {
  const { csvPath, generatedAt } = readArguments();
  const { response, text } = buildDataset(csvPath, { generatedAt });
  writeFileSync(OUTPUT_FILE, text);
  // The whole dataset at stable URLs of the built site (/data/…).
  const published = join(PROJECT, PUBLISHED_DIR);
  mkdirSync(published, { recursive: true });
  for (const [name, content] of Object.entries(publishedDataFiles(text, dirname(csvPath)))) {
    writeFileSync(join(published, name), content);
  }
  const { meta, incidents } = response;
  console.log(
    `Read ${relative(process.cwd(), csvPath)}. Wrote ${relative(process.cwd(), OUTPUT_FILE)}: ` +
      `${meta.count} incidents, ${meta.firstDate} to ${meta.lastDate}, ` +
      `total $${totalUsd(incidents.map((i) => i.amountUsd))}, ` +
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
