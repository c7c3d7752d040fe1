import type * as z from 'zod/mini';
import { cell, type CsvRecord } from './csv';

/** Why one CSV row cannot be used: enough for a person to find and fix the cell. */
export interface RowProblem {
  readonly row: number;
  readonly id: string | null;
  /** The CSV column, e.g. `amount_usd`. */
  readonly column: string;
  readonly reason: string;
}

export type RowResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly RowProblem[] };

/**
 * Checks a converted row with `schema`. `columns` maps each output field to the CSV column it came
 * from, so that a problem names the column a person has to edit.
 */
export function checkRow<T>(
  schema: z.ZodMiniType<T>,
  raw: unknown,
  record: CsvRecord,
  columns: Readonly<Record<string, string>>,
  id: string | null,
): RowResult<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue): RowProblem => {
    const field = String(issue.path[0] ?? '');
    const column = columns[field] ?? (field || '(row)');
    const text = cell(record, column);
    const got = text === '' ? 'the cell is empty' : `got ${JSON.stringify(text)}`;
    return { row: record.row, id, column, reason: `${issue.message} (${got})` };
  });
  return { ok: false, problems };
}

export function formatProblem(problem: RowProblem): string {
  const where = problem.id ? `row ${problem.row} (${problem.id})` : `row ${problem.row}`;
  return `${where}, column ${problem.column}: ${problem.reason}`;
}

/** '' stays missing (undefined), digits become a number, anything else stays text for the schema to reject. */
export function parseAmount(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

export function emptyToNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}
