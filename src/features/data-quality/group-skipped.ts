import type { SkippedRow } from '../../data/parse-incidents';

/** Skipped rows that failed for the same reason: `sourceUrls.0` and `sourceUrls.3` group as one. */
export interface SkippedGroup {
  readonly key: string;
  /** The field without list positions (`sourceUrls`, `chains`, `(row)`). */
  readonly field: string;
  readonly reason: string;
  /** In the order of the response. */
  readonly rows: readonly SkippedRow[];
}

/** The groups, largest first (ties: the one seen first), each row in the order it arrived. */
export function groupSkippedRows(skipped: readonly SkippedRow[]): SkippedGroup[] {
  const groups = new Map<string, { field: string; reason: string; rows: SkippedRow[] }>();
  for (const row of skipped) {
    const field = row.field.replace(/\.\d+(?=\.|$)/g, '');
    const key = `${field}\u0000${row.reason}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { field, reason: row.reason, rows: [row] });
  }
  return [...groups.entries()]
    .map(([key, group]) => ({ key, ...group }))
    .sort((a, b) => b.rows.length - a.rows.length);
}

/** The first `perGroup` rows of every group, back in the order of the response. */
export function firstRowsOfGroups(groups: readonly SkippedGroup[], perGroup: number): SkippedRow[] {
  return groups.flatMap((group) => group.rows.slice(0, perGroup)).sort((a, b) => a.row - b.row);
}

/** One line per skipped row, in the order of the response: the copyable report. */
export function skippedReport(skipped: readonly SkippedRow[]): string {
  return skipped
    .map((row) => `row ${row.row}${row.id ? ` (${row.id})` : ''}, ${row.field}: ${row.reason}`)
    .join('\n');
}
