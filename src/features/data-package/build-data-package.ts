// Loaded on first use (import() from "Download data"), with fflate: neither is in the first load.
import { strToU8, zipSync } from 'fflate';
import { incidentsTable } from '../../data/incidents-csv';
import { writeCsv, type CsvTable } from '../../lib/csv';
import { MESSAGES } from '../../lib/i18n/i18n';
import { describeColumns } from './package-columns';
import type { DataPackageInput } from './package-input';
import { packageMetadata } from './package-metadata';
import { packageReadme } from './package-readme';

export const INCIDENTS_FILE = 'incidents.csv';
export const METADATA_FILE = 'metadata.json';
export const README_FILE = 'README.md';

export interface DataPackage {
  readonly fileName: string;
  /** Every file by its path in the ZIP, as text. */
  readonly files: Readonly<Record<string, string>>;
  readonly zip: Uint8Array;
}

/**
 * The data package: the incidents as CSV with every field (as "Download CSV" writes them), each
 * chart's CSV as its own export gives it, metadata.json and a README, zipped.
 */
export function buildDataPackage(input: DataPackageInput): DataPackage {
  const { scope, filters, words } = input;
  const t = MESSAGES[input.locale];
  const csvs: { path: string; description: string; table: CsvTable }[] = [
    {
      path: INCIDENTS_FILE,
      description: t.dataPackage.incidentsFile,
      table: incidentsTable(input.incidents),
    },
    ...input.charts
      .map((chart) => ({
        path: `charts/${words.fileName(chart.slug, filters, 'csv')}`,
        description: t.dataPackage.chartFile({ title: chart.title }),
        table: chart.table(),
      }))
      .sort((a, b) => a.path.localeCompare(b.path)),
  ];
  const metadata = packageMetadata(input, [
    ...csvs.map(({ path, description, table }) => ({
      path,
      description,
      rowCount: table.rows.length,
      columns: describeColumns(table, t),
    })),
    { path: METADATA_FILE, description: t.dataPackage.metadataFile, rowCount: null, columns: [] },
    { path: README_FILE, description: t.dataPackage.readmeFile, rowCount: null, columns: [] },
  ]);
  const files: Record<string, string> = {};
  for (const { path, table } of csvs) files[path] = writeCsv(table, { comment: words.credit });
  files[METADATA_FILE] = `${JSON.stringify(metadata, null, 2)}\n`;
  files[README_FILE] = packageReadme(metadata, input.filters, input.locale);
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])),
    { mtime: input.downloadedAt },
  );
  const what = scope === 'all' ? 'crypto-theft-data-whole' : 'crypto-theft-data';
  return { fileName: words.fileName(what, filters, 'zip'), files, zip };
}
