import type { IncidentColumns } from './columns';
import type { CompiledFilters, CompiledSearch } from './compile-filters';
import { addRow, createScan, tallyRow, type Scan } from './scan-sums';

/**
 * Which option filter a row fails, for the option counts: none, exactly one field's (the row
 * then counts towards that field's options), or several (it counts nowhere).
 */
export type FilterFailure = 'none' | 'category' | 'technique' | 'chain' | 'attribution' | 'several';

/**
 * Step 3 of a view: one pass over the columns. The rows that pass every filter are summed into
 * the result, and each row also counts towards the options of the one field whose filter it
 * alone fails (or of every field, when it fails none), which is what the filter UI shows.
 */
export function scanRows(
  columns: IncidentColumns,
  filters: CompiledFilters,
  largestCount: number,
): Scan {
  const scan = createScan(columns, largestCount);
  const { month, amount } = columns;
  const { fromMonth, toMonth, minAmount, maxAmount, search, excludedRows } = filters;
  for (let row = 0; row < month.length; row += 1) {
    if (excludedRows !== null && excludedRows[row] === 1) continue;
    const m = month[row] ?? 0;
    if (m < fromMonth || m > toMonth) continue;
    const usd = amount[row] ?? 0;
    if (minAmount !== null && !(usd >= minAmount)) continue;
    if (maxAmount !== null && !(usd <= maxAmount)) continue;
    if (search !== null && !hasNeedle(columns, search, row)) continue;
    const failed = failedOptionFilter(columns, filters, row);
    if (failed === 'none') addRow(scan, columns, row, largestCount);
    if (failed !== 'several') tallyRow(scan.tallies, columns, row, failed);
  }
  return scan;
}

function hasNeedle(columns: IncidentColumns, search: CompiledSearch, row: number): boolean {
  if (search.techniqueHits[columns.techniqueText[row] ?? 0] === 1) return true;
  if (search.attributionHits[columns.attribution[row] ?? 0] === 1) return true;
  return (search.lowerNames[row] ?? '').includes(search.needle);
}

function failedOptionFilter(
  columns: IncidentColumns,
  f: CompiledFilters,
  row: number,
): FilterFailure {
  let failed: FilterFailure = 'none';
  if (f.categoryPasses && f.categoryPasses[columns.category[row] ?? 0] === 0) failed = 'category';
  if (f.techniquePasses && f.techniquePasses[columns.technique[row] ?? 0] === 0) {
    failed = failed === 'none' ? 'technique' : 'several';
  }
  if (f.attributionPasses && f.attributionPasses[columns.attribution[row] ?? 0] === 0) {
    failed = failed === 'none' ? 'attribution' : 'several';
  }
  if (failed !== 'several' && f.chainPasses && !hasPassingChain(columns, f.chainPasses, row)) {
    failed = failed === 'none' ? 'chain' : 'several';
  }
  return failed;
}

function hasPassingChain(columns: IncidentColumns, chainPasses: Uint8Array, row: number): boolean {
  const end = columns.chainStart[row + 1] ?? 0;
  for (let at = columns.chainStart[row] ?? 0; at < end; at += 1) {
    if (chainPasses[columns.chainIds[at] ?? 0] === 1) return true;
  }
  return false;
}
