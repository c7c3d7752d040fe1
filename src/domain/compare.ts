import { addMonths, compareMonths, monthsBetween } from './months';

/** What the view's figures are compared with: the period just before, or a year earlier. */
export type CompareKind = 'previous' | 'year-earlier' | 'none';

export const COMPARE_KINDS: readonly CompareKind[] = ['previous', 'year-earlier', 'none'];

export const DEFAULT_COMPARE: CompareKind = 'previous';

export function isCompareKind(value: string): value is CompareKind {
  return COMPARE_KINDS.some((kind) => kind === value);
}

const FIRST_MONTH = '0000-01';

/** A closed range of month keys, both ends included. */
export interface MonthRange {
  readonly from: string;
  readonly to: string;
}

/**
 * The period the view's months (`from`..`to`) are compared with: `previous` is the period of the
 * same length just before (2025-01..2025-03 -> 2024-10..2024-12), `year-earlier` the same months
 * a year before. Null when there is nothing to compare: an open end, `none`, or a period that
 * would start before year 0 (a hand-written link can ask for `from=0000-01`).
 */
export function earlierRange(
  from: string | null,
  to: string | null,
  kind: CompareKind,
): MonthRange | null {
  if (kind === 'none' || from === null || to === null) return null;
  const back = kind === 'previous' ? monthsBetween(from, to) + 1 : 12;
  if (monthsBetween(FIRST_MONTH, from) < back) return null; // no month keys before year 0
  return { from: addMonths(from, -back), to: addMonths(to, -back) };
}

/**
 * The change from the earlier total to the current one as a signed share (+1 is +100%, -0.5 is
 * -50%). Null when there is no honest figure: the earlier total is 0, or the earlier period starts
 * before the dataset's first month (`firstMonth`; null for an empty dataset), so the dataset holds
 * none or only part of it.
 */
export function changeBetween(
  current: number,
  earlier: number,
  earlierPeriod: MonthRange,
  firstMonth: string | null,
): number | null {
  if (earlier === 0 || firstMonth === null) return null;
  if (compareMonths(earlierPeriod.from, firstMonth) < 0) return null;
  return current / earlier - 1;
}

/**
 * Whether the dataset covers every month of `period` (from its first month to its last): a
 * period that runs past the data's last month (all of 2026, with incidents to August) is only
 * partly counted, and comparing it with a whole earlier period would mislead.
 */
export function isCovered(
  period: MonthRange,
  firstMonth: string | null,
  lastMonth: string | null,
): boolean {
  if (firstMonth === null || lastMonth === null) return false;
  return compareMonths(period.from, firstMonth) >= 0 && compareMonths(period.to, lastMonth) <= 0;
}
