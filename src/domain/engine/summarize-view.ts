// A view of the incidents: what the dashboard shows for one set of filters, in one pass.
//
// The flow, one file per step:
//   1. columns.ts          the incidents as typed columns, built once per dataset
//   2. compile-filters.ts  the filters as checks on those columns' numbers
//   3. scan.ts             one pass over the rows: sums of the rows that match (scan-sums.ts),
//                          and per option what it would hold under the other filters
//   4. option-counts.ts    those tallies keyed by the values a filter takes
//   5. summarize-view.ts   the finished figures: totals, series, groups, the largest incidents
//
// The simple functions in tests/reference-model compute the same figures one incident at a time;
// the property tests compare this engine with them.
import type { Incident } from '../incident';
import { toGroupPoints, type GroupDrafts, type GroupPoint } from '../breakdown';
import type { IncidentFilters } from '../filter';
import { medianInPlace } from '../median';
import { compareMonths, isMonthKey, monthFromIndex } from '../months';
import {
  monthSeries,
  quarterSeries,
  yearSeries,
  type PeriodBuckets,
  type PeriodPoint,
  type PeriodRange,
} from '../series';
import type { Totals } from '../totals';
import { incidentColumns, type IncidentColumns } from './columns';
import { compileFilters } from './compile-filters';
import { optionCountsFromTallies, type OptionCounts } from './option-counts';
import { scanRows } from './scan';
import type { Scan } from './scan-sums';

export const SUMMARY_LARGEST_COUNT = 10;

/** Everything the dashboard's figures show for one set of filters. */
export interface Summary {
  /** The incidents that pass the filters, in their original order. */
  readonly incidents: readonly Incident[];
  readonly totals: Totals;
  /** Zero-filled across the filtered month range, no wider than the data's months. */
  readonly monthly: readonly PeriodPoint[];
  readonly quarterly: readonly PeriodPoint[];
  readonly yearly: readonly PeriodPoint[];
  readonly byCategory: readonly GroupPoint[];
  readonly byTechnique: readonly GroupPoint[];
  /** The {@link SUMMARY_LARGEST_COUNT} largest, largest first. */
  readonly largest: readonly Incident[];
}

/** A view: its figures, and what each filter option would hold under the other filters. */
export interface View {
  readonly summary: Summary;
  readonly optionCounts: OptionCounts;
}

/**
 * The one entry point: filters and aggregates in one pass over the dataset's columns (built on
 * the first call per dataset), so a filter change reads numbers, not objects, and allocates
 * nothing per row.
 */
export function summarizeView(incidents: readonly Incident[], filters: IncidentFilters): View {
  const columns = incidentColumns(incidents);
  const scan = scanRows(columns, compileFilters(columns, filters), SUMMARY_LARGEST_COUNT);
  return {
    summary: toSummary(columns, scan, filters),
    optionCounts: optionCountsFromTallies(columns, scan.tallies),
  };
}

function toSummary(columns: IncidentColumns, scan: Scan, filters: IncidentFilters): Summary {
  const range = withinData(filters, columns);
  const { count, totalUsd, returnedUsd, returnedCount, dprkUsd } = scan;
  const months = monthBuckets(columns, scan);
  return {
    incidents: matchingIncidents(columns, scan),
    totals: {
      totalUsd,
      count,
      largest: scan.largest[0] ?? null,
      medianUsd: medianInPlace(scan.amounts.subarray(0, count)),
      returnedUsd,
      returnedCount,
      netUsd: totalUsd - returnedUsd,
      dprkUsd,
      dprkShare: totalUsd === 0 ? null : dprkUsd / totalUsd,
    },
    monthly: monthSeries(months, range),
    quarterly: quarterSeries(months, range),
    yearly: yearSeries(months, range),
    byCategory: groupPoints(columns.categories, scan.categoryUsd, scan.categoryCount),
    byTechnique: groupPoints(columns.techniques, scan.techniqueUsd, scan.techniqueCount),
    largest: scan.largest,
  };
}

/** The matching incidents; the dataset itself when every row matches (it is never changed). */
function matchingIncidents(columns: IncidentColumns, scan: Scan): readonly Incident[] {
  const { incidents } = columns;
  if (scan.count === incidents.length) return incidents;
  const kept: Incident[] = [];
  for (let at = 0; at < scan.count; at += 1) {
    const incident = incidents[scan.rows[at] ?? 0];
    if (incident !== undefined) kept.push(incident);
  }
  return kept;
}

function monthBuckets(columns: IncidentColumns, scan: Scan): PeriodBuckets {
  const buckets: PeriodBuckets = new Map();
  scan.monthCount.forEach((count, at) => {
    if (count === 0) return;
    buckets.set(columns.firstMonth + at, {
      totalUsd: scan.monthUsd[at] ?? 0,
      dprkUsd: scan.monthDprkUsd[at] ?? 0,
      returnedUsd: scan.monthReturnedUsd[at] ?? 0,
      dprkReturnedUsd: scan.monthDprkReturnedUsd[at] ?? 0,
      count,
      largest: scan.monthLargest[at] ?? [],
    });
  });
  return buckets;
}

function groupPoints(keys: readonly string[], usd: Float64Array, counts: Int32Array): GroupPoint[] {
  const groups: GroupDrafts = new Map();
  keys.forEach((key, id) => {
    const count = counts[id] ?? 0;
    if (count > 0) groups.set(key, { totalUsd: usd[id] ?? 0, count });
  });
  return toGroupPoints(groups);
}

/**
 * The filter's months, no wider than the dataset's: a month before the first incident or after
 * the last one is not a month with $0 stolen, it is a month the data does not cover.
 */
function withinData(range: PeriodRange, columns: IncidentColumns): PeriodRange {
  if (columns.lastMonth < columns.firstMonth) return range;
  const first = monthFromIndex(columns.firstMonth);
  const last = monthFromIndex(columns.lastMonth);
  const valid = (month: string | null) => (month !== null && isMonthKey(month) ? month : null);
  const from = valid(range.from);
  const to = valid(range.to);
  // A range wholly outside the data matches nothing: no months at all, not a row of zeros.
  if (
    (from !== null && compareMonths(from, last) > 0) ||
    (to !== null && compareMonths(to, first) < 0)
  )
    return { from: null, to: null };
  return {
    from: from !== null && compareMonths(from, first) < 0 ? first : from,
    to: to !== null && compareMonths(to, last) > 0 ? last : to,
  };
}
