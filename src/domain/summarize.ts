import type { Incident } from './incident';
import { toGroupPoints, type GroupDrafts, type GroupPoint } from './breakdown';
import type { IncidentFilters } from './filter';
import { indexIncidents, type IncidentIndex } from './incident-index';
import { compileIndexFilters } from './index-filters';
import { medianInPlace } from './median';
import { optionCountsFromTallies, type OptionCounts } from './option-counts';
import { scanIndex } from './scan';
import type { Scan } from './scan-sums';
import { compareMonths, isMonthKey, monthFromIndex } from './months';
import {
  monthSeries,
  yearSeries,
  type PeriodBuckets,
  type PeriodPoint,
  type PeriodRange,
} from './series';
import type { Totals } from './totals';

export const SUMMARY_LARGEST_COUNT = 10;

/** Everything the dashboard shows for one set of filters. */
export interface Summary {
  /** The incidents that pass the filters, in their original order. */
  readonly incidents: readonly Incident[];
  readonly totals: Totals;
  /** Zero-filled across the filtered month range (or the data's, where the range is open). */
  readonly monthly: readonly PeriodPoint[];
  readonly yearly: readonly PeriodPoint[];
  readonly byCategory: readonly GroupPoint[];
  readonly byTechnique: readonly GroupPoint[];
  /** The {@link SUMMARY_LARGEST_COUNT} largest, largest first. */
  readonly largest: readonly Incident[];
}

/**
 * Filters and aggregates in one pass: the same results as `filterIncidents` followed by
 * `computeTotals`, `sumByMonth`, `sumByYear`, `groupIncidents` and `largestIncidents`. The pass
 * runs over the dataset's columns ({@link indexIncidents}, built on the first call per dataset),
 * so a filter change reads numbers, not objects, and allocates nothing per row.
 */
export function summarize(incidents: readonly Incident[], filters: IncidentFilters): Summary {
  const index = indexIncidents(incidents);
  const scan = scanIndex(index, compileIndexFilters(index, filters), SUMMARY_LARGEST_COUNT, false);
  return toSummary(index, scan, filters);
}

/**
 * {@link summarize} plus, from the same pass, what `countOptions` gives for every option field:
 * everything the dashboard computes when the filters change.
 */
export function summarizeWithOptions(
  incidents: readonly Incident[],
  filters: IncidentFilters,
): { readonly summary: Summary; readonly optionCounts: OptionCounts } {
  const index = indexIncidents(incidents);
  const scan = scanIndex(index, compileIndexFilters(index, filters), SUMMARY_LARGEST_COUNT, true);
  return {
    summary: toSummary(index, scan, filters),
    optionCounts: optionCountsFromTallies(index, scan.tallies),
  };
}

function toSummary(index: IncidentIndex, scan: Scan, filters: IncidentFilters): Summary {
  const range = withinData(filters, index);
  const { count, totalUsd, returnedUsd, returnedCount, dprkUsd } = scan;
  const months = monthBuckets(index, scan);
  return {
    incidents: matchingIncidents(index, scan),
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
    yearly: yearSeries(months, range),
    byCategory: groupPoints(index.categories, scan.categoryUsd, scan.categoryCount),
    byTechnique: groupPoints(index.techniqueKeys, scan.techniqueKeyUsd, scan.techniqueKeyCount),
    largest: scan.largest,
  };
}

/** The matching incidents; the dataset itself when every row matches (it is never changed). */
function matchingIncidents(index: IncidentIndex, scan: Scan): readonly Incident[] {
  const { incidents } = index;
  if (scan.count === incidents.length) return incidents;
  const kept: Incident[] = [];
  for (let at = 0; at < scan.count; at += 1) {
    const incident = incidents[scan.rows[at] ?? 0];
    if (incident !== undefined) kept.push(incident);
  }
  return kept;
}

function monthBuckets(index: IncidentIndex, scan: Scan): PeriodBuckets {
  const buckets: PeriodBuckets = new Map();
  scan.monthCount.forEach((count, at) => {
    if (count === 0) return;
    buckets.set(index.firstMonth + at, {
      totalUsd: scan.monthUsd[at] ?? 0,
      dprkUsd: scan.monthDprkUsd[at] ?? 0,
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
function withinData(range: PeriodRange, index: IncidentIndex): PeriodRange {
  if (index.lastMonth < index.firstMonth) return range;
  const first = monthFromIndex(index.firstMonth);
  const last = monthFromIndex(index.lastMonth);
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
