import type { Incident } from './incident';
import type { IncidentIndex } from './incident-index';
import { insertLargest } from './largest';
import { LARGEST_PER_PERIOD } from './series';

/** Option counts per distinct value of each field, numbered as in the {@link IncidentIndex}. */
export interface OptionTallies {
  readonly category: Int32Array;
  readonly technique: Int32Array;
  readonly chain: Int32Array;
  readonly attribution: Int32Array;
}

/** Everything summed over the matching rows in one pass of `scanIndex`. */
export interface Scan {
  /** The matching row numbers, ascending: the first `count` entries. */
  readonly rows: Int32Array;
  count: number;
  totalUsd: number;
  returnedUsd: number;
  /** Matching incidents whose source reports a recovery figure. */
  returnedCount: number;
  dprkUsd: number;
  /** The matching amounts in row order: the first `count` entries. */
  readonly amounts: Float64Array;
  /** The `largestCount` largest, largest first. */
  readonly largest: Incident[];
  largestFloor: number;
  /** Per month from the index's first month: sums, counts and the largest few. */
  readonly monthUsd: Float64Array;
  readonly monthDprkUsd: Float64Array;
  readonly monthCount: Int32Array;
  readonly monthLargest: (Incident[] | undefined)[];
  /** Per month, the smallest amount among its largest few once there are enough of them. */
  readonly monthFloor: Float64Array;
  readonly categoryUsd: Float64Array;
  readonly categoryCount: Int32Array;
  readonly techniqueKeyUsd: Float64Array;
  readonly techniqueKeyCount: Int32Array;
  /** Filled only when asked for. */
  readonly tallies: OptionTallies | null;
}

// Which option filter a row fails, for the option counts: none, one of these, or several.
export const NONE = -1;
export const MANY = -2;
export const CATEGORY = 0;
export const TECHNIQUE = 1;
export const CHAIN = 2;
export const ATTRIBUTION = 3;

/** Empty sums sized for `index`. */
export function createScan(index: IncidentIndex, largestCount: number, withTallies: boolean): Scan {
  const months = index.lastMonth - index.firstMonth + 1;
  const size = index.incidents.length;
  return {
    rows: new Int32Array(size),
    count: 0,
    totalUsd: 0,
    returnedUsd: 0,
    returnedCount: 0,
    dprkUsd: 0,
    amounts: new Float64Array(size),
    largest: [],
    largestFloor: largestCount > 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
    monthUsd: new Float64Array(months),
    monthDprkUsd: new Float64Array(months),
    monthCount: new Int32Array(months),
    monthLargest: new Array<Incident[] | undefined>(months).fill(undefined),
    monthFloor: new Float64Array(months).fill(Number.NEGATIVE_INFINITY),
    categoryUsd: new Float64Array(index.categories.length),
    categoryCount: new Int32Array(index.categories.length),
    techniqueKeyUsd: new Float64Array(index.techniqueKeys.length),
    techniqueKeyCount: new Int32Array(index.techniqueKeys.length),
    tallies: withTallies
      ? {
          category: new Int32Array(index.categories.length),
          technique: new Int32Array(index.techniques.length),
          chain: new Int32Array(index.chains.length),
          attribution: new Int32Array(index.attributions.length),
        }
      : null,
  };
}

/** Adds a row that passes every filter to the sums (changes `scan` in place). */
export function addRow(scan: Scan, index: IncidentIndex, row: number, largestCount: number): void {
  const usd = index.amount[row] ?? 0;
  const isDprk = index.attributionIsDprk[index.attribution[row] ?? 0] === 1;
  scan.rows[scan.count] = row;
  scan.amounts[scan.count] = usd;
  scan.count += 1;
  scan.totalUsd += usd;
  scan.returnedUsd += index.returned[row] ?? 0;
  scan.returnedCount += index.hasReturned[row] ?? 0;
  if (isDprk) scan.dprkUsd += usd;
  // Most rows are smaller than the largest kept so far: one comparison of numbers skips them.
  if (usd >= scan.largestFloor) {
    scan.largestFloor = keepLargest(scan.largest, index.incidents[row], largestCount);
  }
  const at = (index.month[row] ?? 0) - index.firstMonth;
  scan.monthUsd[at] = (scan.monthUsd[at] ?? 0) + usd;
  if (isDprk) scan.monthDprkUsd[at] = (scan.monthDprkUsd[at] ?? 0) + usd;
  scan.monthCount[at] = (scan.monthCount[at] ?? 0) + 1;
  if (usd >= (scan.monthFloor[at] ?? 0)) {
    const top = (scan.monthLargest[at] ??= []);
    scan.monthFloor[at] = keepLargest(top, index.incidents[row], LARGEST_PER_PERIOD);
  }
  const category = index.category[row] ?? 0;
  scan.categoryUsd[category] = (scan.categoryUsd[category] ?? 0) + usd;
  scan.categoryCount[category] = (scan.categoryCount[category] ?? 0) + 1;
  const key = index.techniqueKeyOf[index.technique[row] ?? 0] ?? 0;
  scan.techniqueKeyUsd[key] = (scan.techniqueKeyUsd[key] ?? 0) + usd;
  scan.techniqueKeyCount[key] = (scan.techniqueKeyCount[key] ?? 0) + 1;
}

/** Inserts the incident into `top`; returns the amount a later one needs to be considered. */
function keepLargest(top: Incident[], incident: Incident | undefined, limit: number): number {
  if (incident !== undefined) insertLargest(top, incident, limit);
  const last = top[limit - 1];
  return last === undefined ? Number.NEGATIVE_INFINITY : last.amountUsd;
}

/** Counts a row towards the options of `only` (every field when `only` is NONE). */
export function tallyRow(
  tallies: OptionTallies,
  index: IncidentIndex,
  row: number,
  only: number,
): void {
  if (only === NONE || only === CATEGORY) increment(tallies.category, index.category[row] ?? 0);
  if (only === NONE || only === TECHNIQUE) increment(tallies.technique, index.technique[row] ?? 0);
  if (only === NONE || only === ATTRIBUTION) {
    increment(tallies.attribution, index.attribution[row] ?? 0);
  }
  if (only === NONE || only === CHAIN) {
    const end = index.chainStart[row + 1] ?? 0;
    for (let at = index.chainStart[row] ?? 0; at < end; at += 1) {
      increment(tallies.chain, index.chainIds[at] ?? 0);
    }
  }
}

function increment(counts: Int32Array, id: number): void {
  counts[id] = (counts[id] ?? 0) + 1;
}
