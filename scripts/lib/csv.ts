import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** One data row of a CSV file. `row` counts the header as row 1, as a spreadsheet shows it. */
export interface CsvRecord {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/** Thrown when a file is not the CSV it should be (wrong header, broken quoting, short rows). */
export class CsvFormatError extends Error {
  override name = 'CsvFormatError';
}

/** Reads a UTF-8 CSV file whose header must be exactly `columns`, in that order. */
export function readCsv(path: string, columns: readonly string[]): CsvRecord[] {
  return parseCsv(readFileSync(path, 'utf8'), columns, path);
}

/**
 * Line endings are made uniform first: the source files use CRLF, and a row added in an editor
 * that writes LF would otherwise merge with the next row or carry a stray newline.
 */
export function parseCsv(text: string, columns: readonly string[], label: string): CsvRecord[] {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const result = Papa.parse<string[]>(normalized, { skipEmptyLines: true, newline: '\n' });
  const problems = result.errors.map(
    (error) => `${label}: row ${(error.row ?? 0) + 1}: ${error.message}`,
  );
  const [header = [], ...rows] = result.data;
  if (header.join(',') !== columns.join(',')) {
    problems.push(`${label}: header is "${header.join(',')}", expected "${columns.join(',')}"`);
  }
  rows.forEach((cells, index) => {
    if (cells.length !== columns.length) {
      problems.push(
        `${label}: row ${index + 2} has ${cells.length} fields, expected ${columns.length}`,
      );
    }
  });
  if (problems.length > 0) throw new CsvFormatError(problems.join('\n'));
  return rows.map((cells, index) => ({
    row: index + 2,
    values: Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ''])),
  }));
}

/** The cell of `column`, or '' when the record has none. */
export function cell(record: CsvRecord, column: string): string {
  return record.values[column] ?? '';
}
