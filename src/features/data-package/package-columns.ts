import type { PackageColumn } from '../../data/data-package-schema';
import type { CsvTable } from '../../lib/csv';
import type { Messages } from '../../lib/i18n/messages-en';

/** How a date or period written as text reads, by column header. */
const FORMATS: Readonly<Record<string, string>> = {
  date: 'YYYY-MM-DD',
  month: 'YYYY-MM',
  year: 'YYYY',
  period: 'YYYY-MM, YYYY-Q1…YYYY-Q4 or YYYY',
};

/** The columns of a CSV table with their type, unit and meaning, for metadata.json. */
export function describeColumns(table: CsvTable, t: Messages): PackageColumn[] {
  const descriptions: Readonly<Record<string, string>> = t.dataPackage.columns;
  return table.columns.map(({ header, kind }) => ({
    name: header,
    type: kind === 'text' ? 'string' : 'number',
    unit: kind === 'usd' ? 'USD' : header === 'incident_count' ? 'count' : null,
    format: FORMATS[header] ?? null,
    description: descriptions[header] ?? null,
  }));
}
