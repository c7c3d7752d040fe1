import type { IncidentIndex } from './incident-index';
import type { IndexFilters, IndexSearch } from './index-filters';
import {
  ATTRIBUTION,
  CATEGORY,
  CHAIN,
  MANY,
  NONE,
  TECHNIQUE,
  addRow,
  createScan,
  tallyRow,
  type Scan,
} from './scan-sums';

/**
 * One pass over the index: the rows that pass every filter are summed into the result, and with
 * `withTallies` each row also counts towards the options of every field whose filter is the only
 * one it fails (or of every field, when it fails none), which is what the filter UI shows.
 */
export function scanIndex(
  index: IncidentIndex,
  filters: IndexFilters,
  largestCount: number,
  withTallies: boolean,
): Scan {
  const scan = createScan(index, largestCount, withTallies);
  const { month, amount } = index;
  const { fromMonth, toMonth, minAmount, maxAmount, search } = filters;
  for (let row = 0; row < month.length; row += 1) {
    const m = month[row] ?? 0;
    if (m < fromMonth || m > toMonth) continue;
    const usd = amount[row] ?? 0;
    if (minAmount !== null && !(usd >= minAmount)) continue;
    if (maxAmount !== null && !(usd <= maxAmount)) continue;
    if (search !== null && !hasNeedle(index, search, row)) continue;
    const failed = failedOptionFilter(index, filters, row);
    if (failed === NONE) addRow(scan, index, row, largestCount);
    if (scan.tallies !== null && failed !== MANY) tallyRow(scan.tallies, index, row, failed);
  }
  return scan;
}

function hasNeedle(index: IncidentIndex, search: IndexSearch, row: number): boolean {
  if (search.techniqueHits[index.techniqueText[row] ?? 0] === 1) return true;
  if (search.attributionHits[index.attribution[row] ?? 0] === 1) return true;
  return (search.lowerNames[row] ?? '').includes(search.needle);
}

function failedOptionFilter(index: IncidentIndex, f: IndexFilters, row: number): number {
  let failed = NONE;
  if (f.categoryPasses && f.categoryPasses[index.category[row] ?? 0] === 0) failed = CATEGORY;
  if (f.techniquePasses && f.techniquePasses[index.technique[row] ?? 0] === 0) {
    failed = failed === NONE ? TECHNIQUE : MANY;
  }
  if (f.attributionPasses && f.attributionPasses[index.attribution[row] ?? 0] === 0) {
    failed = failed === NONE ? ATTRIBUTION : MANY;
  }
  if (failed !== MANY && f.chainPasses && !hasPassingChain(index, f.chainPasses, row)) {
    failed = failed === NONE ? CHAIN : MANY;
  }
  return failed;
}

function hasPassingChain(index: IncidentIndex, chainPasses: Uint8Array, row: number): boolean {
  const end = index.chainStart[row + 1] ?? 0;
  for (let at = index.chainStart[row] ?? 0; at < end; at += 1) {
    if (chainPasses[index.chainIds[at] ?? 0] === 1) return true;
  }
  return false;
}
