import { changeBetween, isCovered } from './compare';

/** A yearly bar's figure and the change from the year before (null: no honest figure). */
export interface YearChange {
  readonly year: string;
  readonly change: number | null;
}

/**
 * Each year's change against the year before, as a signed share (+0.5 is +50%), by the rules
 * of the Totals' comparison: none for a year the covered months (`firstMonth`..`lastMonth`, the
 * data's within the view) do not wholly hold, none when the year before is not wholly covered
 * either or had nothing.
 */
export function yearChanges(
  years: readonly { readonly year: string; readonly value: number }[],
  firstMonth: string | null,
  lastMonth: string | null,
): YearChange[] {
  const byYear = new Map(years.map(({ year, value }) => [year, value]));
  return years.map(({ year, value }) => {
    const earlierYear = String(Number(year) - 1).padStart(4, '0');
    const earlier = byYear.get(earlierYear);
    const current = { from: `${year}-01`, to: `${year}-12` };
    const before = { from: `${earlierYear}-01`, to: `${earlierYear}-12` };
    const isHonest =
      earlier !== undefined &&
      isCovered(current, firstMonth, lastMonth) &&
      isCovered(before, firstMonth, lastMonth);
    return { year, change: isHonest ? changeBetween(value, earlier, before, firstMonth) : null };
  });
}
