import type { Incident } from './incident';
import { insertLargest } from './largest';
import { isMonthKey, monthFromIndex, monthIndex } from './months';

/** One bar of a time series. */
export interface PeriodPoint {
  /** `YYYY-MM` for months, `YYYY-Q1`..`YYYY-Q4` for quarters, `YYYY` for years. */
  readonly period: string;
  readonly totalUsd: number;
  readonly dprkUsd: number;
  /** `totalUsd - dprkUsd` */
  readonly otherUsd: number;
  /** Funds a source reports returned, of all thefts and of the DPRK-attributed ones. */
  readonly returnedUsd: number;
  readonly dprkReturnedUsd: number;
  readonly count: number;
  /** Up to {@link LARGEST_PER_PERIOD} largest incidents of the period, largest first. */
  readonly largest: readonly Incident[];
}

/**
 * Months a series must cover besides the data's (`YYYY-MM` keys, e.g. the filter's); null = as
 * far as the data goes. A series never drops data outside the range: it widens to include it.
 */
export interface PeriodRange {
  readonly from: string | null;
  readonly to: string | null;
}

export const LARGEST_PER_PERIOD = 3;

/** Running sums of one period, keyed by {@link monthIndex} (or year) in a map the caller owns. */
export interface PeriodBucket {
  totalUsd: number;
  dprkUsd: number;
  returnedUsd: number;
  dprkReturnedUsd: number;
  count: number;
  readonly largest: Incident[];
}
export type PeriodBuckets = Map<number, PeriodBucket>;

function bucketAt(buckets: PeriodBuckets, period: number): PeriodBucket {
  let bucket = buckets.get(period);
  if (bucket === undefined) {
    bucket = { totalUsd: 0, dprkUsd: 0, returnedUsd: 0, dprkReturnedUsd: 0, count: 0, largest: [] };
    buckets.set(period, bucket);
  }
  return bucket;
}

/** Points from the first to the last period, covering any range bound given, gaps as zeros. */
function toSeries(
  buckets: PeriodBuckets,
  range: PeriodRange | undefined,
  toPeriod: (month: number) => number,
  label: (period: number) => string,
): PeriodPoint[] {
  const covered = [...buckets.keys()];
  for (const bound of [range?.from, range?.to]) {
    if (typeof bound === 'string' && isMonthKey(bound)) covered.push(toPeriod(monthIndex(bound)));
  }
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const period of covered) {
    if (period < first) first = period;
    if (period > last) last = period;
  }
  const points: PeriodPoint[] = [];
  if (!Number.isFinite(first) || !Number.isFinite(last)) return points;
  for (let period = first; period <= last; period += 1) {
    const bucket = buckets.get(period);
    points.push({
      period: label(period),
      totalUsd: bucket?.totalUsd ?? 0,
      dprkUsd: bucket?.dprkUsd ?? 0,
      otherUsd: bucket === undefined ? 0 : bucket.totalUsd - bucket.dprkUsd,
      returnedUsd: bucket?.returnedUsd ?? 0,
      dprkReturnedUsd: bucket?.dprkReturnedUsd ?? 0,
      count: bucket?.count ?? 0,
      largest: bucket?.largest ?? [],
    });
  }
  return points;
}

const sameMonth = (month: number) => month;
const yearOfMonth = (month: number) => Math.floor(month / 12);
const yearLabel = (year: number) => String(year).padStart(4, '0');

/** Monthly points from month buckets, zero-filled, ascending. */
export function monthSeries(months: PeriodBuckets, range?: PeriodRange): PeriodPoint[] {
  return toSeries(months, range, sameMonth, monthFromIndex);
}

const quarterOfMonth = (month: number) => Math.floor(month / 3);
const quarterLabel = (quarter: number) =>
  `${yearLabel(Math.floor(quarter / 4))}-Q${(quarter % 4) + 1}`;

/** Month buckets summed into longer periods (`toPeriod` of a month index), oldest month first. */
function rollUp(months: PeriodBuckets, toPeriod: (month: number) => number): PeriodBuckets {
  const periods: PeriodBuckets = new Map();
  const ordered = [...months.keys()].sort((a, b) => a - b);
  for (const month of ordered) {
    const from = months.get(month);
    if (from === undefined) continue;
    const to = bucketAt(periods, toPeriod(month));
    to.totalUsd += from.totalUsd;
    to.dprkUsd += from.dprkUsd;
    to.returnedUsd += from.returnedUsd;
    to.dprkReturnedUsd += from.dprkReturnedUsd;
    to.count += from.count;
    for (const incident of from.largest) insertLargest(to.largest, incident, LARGEST_PER_PERIOD);
  }
  return periods;
}

/** Quarterly points (`2025-Q1`, January to March) rolled up from month buckets, zero-filled. */
export function quarterSeries(months: PeriodBuckets, range?: PeriodRange): PeriodPoint[] {
  return toSeries(rollUp(months, quarterOfMonth), range, quarterOfMonth, quarterLabel);
}

/** Yearly points rolled up from month buckets, zero-filled, ascending. */
export function yearSeries(months: PeriodBuckets, range?: PeriodRange): PeriodPoint[] {
  return toSeries(rollUp(months, yearOfMonth), range, yearOfMonth, yearLabel);
}
