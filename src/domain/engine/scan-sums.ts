import type { Incident } from '../incident';
import { insertLargest } from '../largest';
import { LARGEST_PER_PERIOD } from '../series';
import type { IncidentColumns } from './columns';
import type { FilterFailure } from './scan';

/** Incidents and dollars per distinct value of one field, numbered as in the columns. */
export interface OptionTally {
  readonly count: Int32Array;
  readonly usd: Float64Array;
}

/** What each option of each field holds under the other filters. */
export interface OptionTallies {
  readonly category: OptionTally;
  readonly technique: OptionTally;
  readonly chain: OptionTally;
  readonly attribution: OptionTally;
}

/** Everything summed over the matching rows in one pass of `scanRows`. */
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
  /** Per month from the columns' first month: sums, counts and the largest few. */
  readonly monthUsd: Float64Array;
  readonly monthDprkUsd: Float64Array;
  /** Per month, the funds sources report returned: all of them, and those of DPRK thefts. */
  readonly monthReturnedUsd: Float64Array;
  readonly monthDprkReturnedUsd: Float64Array;
  readonly monthCount: Int32Array;
  readonly monthLargest: (Incident[] | undefined)[];
  /** Per month, the smallest amount among its largest few once there are enough of them. */
  readonly monthFloor: Float64Array;
  readonly categoryUsd: Float64Array;
  readonly categoryCount: Int32Array;
  readonly techniqueUsd: Float64Array;
  readonly techniqueCount: Int32Array;
  readonly tallies: OptionTallies;
}

function emptyTally(size: number): OptionTally {
  return { count: new Int32Array(size), usd: new Float64Array(size) };
}

/** Empty sums sized for the columns. */
export function createScan(columns: IncidentColumns, largestCount: number): Scan {
  const months = columns.lastMonth - columns.firstMonth + 1;
  const size = columns.incidents.length;
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
    monthReturnedUsd: new Float64Array(months),
    monthDprkReturnedUsd: new Float64Array(months),
    monthCount: new Int32Array(months),
    monthLargest: new Array<Incident[] | undefined>(months).fill(undefined),
    monthFloor: new Float64Array(months).fill(Number.NEGATIVE_INFINITY),
    categoryUsd: new Float64Array(columns.categories.length),
    categoryCount: new Int32Array(columns.categories.length),
    techniqueUsd: new Float64Array(columns.techniques.length),
    techniqueCount: new Int32Array(columns.techniques.length),
    tallies: {
      category: emptyTally(columns.categories.length),
      technique: emptyTally(columns.techniques.length),
      chain: emptyTally(columns.chains.length),
      attribution: emptyTally(columns.attributions.length),
    },
  };
}

/** Adds a row that passes every filter to the sums (changes `scan` in place). */
export function addRow(
  scan: Scan,
  columns: IncidentColumns,
  row: number,
  largestCount: number,
): void {
  const usd = columns.amount[row] ?? 0;
  const isDprk = columns.attributionIsDprk[columns.attribution[row] ?? 0] === 1;
  scan.rows[scan.count] = row;
  scan.amounts[scan.count] = usd;
  scan.count += 1;
  scan.totalUsd += usd;
  const returned = columns.returned[row] ?? 0;
  scan.returnedUsd += returned;
  scan.returnedCount += columns.hasReturned[row] ?? 0;
  if (isDprk) scan.dprkUsd += usd;
  // Most rows are smaller than the largest kept so far: one comparison of numbers skips them.
  if (usd >= scan.largestFloor) {
    scan.largestFloor = keepLargest(scan.largest, columns.incidents[row], largestCount);
  }
  const at = (columns.month[row] ?? 0) - columns.firstMonth;
  scan.monthUsd[at] = (scan.monthUsd[at] ?? 0) + usd;
  if (isDprk) scan.monthDprkUsd[at] = (scan.monthDprkUsd[at] ?? 0) + usd;
  if (returned > 0) {
    scan.monthReturnedUsd[at] = (scan.monthReturnedUsd[at] ?? 0) + returned;
    if (isDprk) scan.monthDprkReturnedUsd[at] = (scan.monthDprkReturnedUsd[at] ?? 0) + returned;
  }
  scan.monthCount[at] = (scan.monthCount[at] ?? 0) + 1;
  if (usd >= (scan.monthFloor[at] ?? 0)) {
    const top = (scan.monthLargest[at] ??= []);
    scan.monthFloor[at] = keepLargest(top, columns.incidents[row], LARGEST_PER_PERIOD);
  }
  const category = columns.category[row] ?? 0;
  scan.categoryUsd[category] = (scan.categoryUsd[category] ?? 0) + usd;
  scan.categoryCount[category] = (scan.categoryCount[category] ?? 0) + 1;
  const technique = columns.technique[row] ?? 0;
  scan.techniqueUsd[technique] = (scan.techniqueUsd[technique] ?? 0) + usd;
  scan.techniqueCount[technique] = (scan.techniqueCount[technique] ?? 0) + 1;
}

/** Inserts the incident into `top`; returns the amount a later one needs to be considered. */
function keepLargest(top: Incident[], incident: Incident | undefined, limit: number): number {
  if (incident !== undefined) insertLargest(top, incident, limit);
  const last = top[limit - 1];
  return last === undefined ? Number.NEGATIVE_INFINITY : last.amountUsd;
}

/** Counts a row towards the options of `only` (every field when `only` is 'none'). */
export function tallyRow(
  tallies: OptionTallies,
  columns: IncidentColumns,
  row: number,
  only: Exclude<FilterFailure, 'several'>,
): void {
  const usd = columns.amount[row] ?? 0;
  if (only === 'none' || only === 'category')
    add(tallies.category, columns.category[row] ?? 0, usd);
  if (only === 'none' || only === 'technique') {
    add(tallies.technique, columns.technique[row] ?? 0, usd);
  }
  if (only === 'none' || only === 'attribution') {
    add(tallies.attribution, columns.attribution[row] ?? 0, usd);
  }
  if (only === 'none' || only === 'chain') {
    const end = columns.chainStart[row + 1] ?? 0;
    for (let at = columns.chainStart[row] ?? 0; at < end; at += 1) {
      add(tallies.chain, columns.chainIds[at] ?? 0, usd);
    }
  }
}

function add(tally: OptionTally, id: number, usd: number): void {
  tally.count[id] = (tally.count[id] ?? 0) + 1;
  tally.usd[id] = (tally.usd[id] ?? 0) + usd;
}
