// A small RFC 4180 CSV writer: comma-separated, CRLF line ends, a header row, fields quoted when
// they hold a comma, a double quote or a line break (quotes doubled inside), UTF-8 with a BOM so
// spreadsheet programs read accents and “curly quotes” correctly. An optional comment line
// (`# …`, after the BOM, before the header) says where the data comes from and how current it is;
// parsers skip it with their comment option (Papa Parse: `comments: '#'`).
//
// CSV injection (OWASP): a spreadsheet runs a cell that starts with =, +, -, @, a tab or a
// carriage return as a formula. Text cells that start with one of these get a single quote (')
// in front, which spreadsheets show as text and do not evaluate. Number cells are written as
// plain numbers and never prefixed, so a negative number stays a number.

/** The byte-order mark that starts every file. */
export const CSV_BOM = '\uFEFF';
const LINE_END = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvCell = string | number | null;

export interface CsvColumn {
  readonly header: string;
  /**
   * `number` cells are written as plain numbers (`1650000000`, `-3.5`); `usd` cells as amounts of
   * dollars to the cent, without the float noise of a sum (`109629352.7`, not
   * `109629352.69999999`); `text` cells as text.
   */
  readonly kind: 'text' | 'number' | 'usd';
}

/** A table ready to write: one array of cells per row, in column order. */
export interface CsvTable {
  readonly columns: readonly CsvColumn[];
  readonly rows: readonly (readonly CsvCell[])[];
}

/** A text cell that a spreadsheet would run as a formula, with a `'` in front; others as they are. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function numberField(value: CsvCell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A number column given text (should not happen): written as text, so still neutralized.
  return value === null ? '' : quote(neutralizeFormula(value));
}

/** An amount to the cent: a sum of float amounts is rounded back to what the cents add up to. */
function usdField(value: CsvCell): string {
  if (typeof value !== 'number') return numberField(value);
  return numberField(Math.round(value * 100) / 100);
}

function textField(value: CsvCell): string {
  if (value === null) return '';
  return quote(neutralizeFormula(String(value)));
}

export interface CsvOptions {
  /** Start with the UTF-8 byte-order mark (default true). */
  readonly bom?: boolean;
  /** One line of text written as `# text` before the header; line breaks in it become spaces. */
  readonly comment?: string;
}

/**
 * The table as CSV text: BOM, the comment line if any, header row, then one line per row, every
 * line ending in CRLF.
 */
export function writeCsv(table: CsvTable, { bom = true, comment }: CsvOptions = {}): string {
  const lines = comment === undefined ? [] : [`# ${comment.replace(/[\r\n]+/g, ' ')}`];
  lines.push(table.columns.map((column) => quote(column.header)).join(','));
  for (const row of table.rows) {
    const fields = table.columns.map((column, at) => {
      const value = row[at] ?? null;
      if (column.kind === 'usd') return usdField(value);
      return column.kind === 'number' ? numberField(value) : textField(value);
    });
    lines.push(fields.join(','));
  }
  return (bom ? CSV_BOM : '') + lines.join(LINE_END) + LINE_END;
}
