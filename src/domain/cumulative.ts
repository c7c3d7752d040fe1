import { monthIndex } from './months';
import type { PeriodPoint } from './series';

export interface CumulativePoint {
  /** 1..12 */
  readonly month: number;
  /**
   * Year to date at the end of the month; null before `firstMonth` and after `lastMonth`, so a
   * line starts and stops with the months in view.
   */
  readonly cumulativeUsd: number | null;
}

export interface CumulativeYear {
  /** `YYYY` */
  readonly year: string;
  readonly totalUsd: number;
  /** Always 12 points, January to December. */
  readonly points: readonly CumulativePoint[];
}

/** Running totals per year from the amounts per month of each year, oldest year first. */
function toCumulativeYears(
  byYear: Map<number, Float64Array>,
  first: number,
  last: number,
): CumulativeYear[] {
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return years.map((year) => {
    const months = byYear.get(year) ?? new Float64Array(12);
    let running = 0;
    const points = Array.from(months, (amount, at) => {
      running += amount;
      const index = year * 12 + at;
      return { month: at + 1, cumulativeUsd: index < first || index > last ? null : running };
    });
    return { year: String(year).padStart(4, '0'), totalUsd: running, points };
  });
}

/**
 * {@link cumulativeByYear} from a monthly series (`sumByMonth` or `summarize(...).monthly`)
 * instead of the incidents: a few hundred points instead of every row. Months with no incidents
 * add nothing, and years with none are left out, as there. Months before `firstMonth` (the
 * filter's first month) are null too.
 */
export function cumulativeFromMonthly(
  monthly: readonly PeriodPoint[],
  lastMonth: string | null = null,
  firstMonth: string | null = null,
): CumulativeYear[] {
  const last = lastMonth === null ? Number.POSITIVE_INFINITY : monthIndex(lastMonth);
  const first = firstMonth === null ? Number.NEGATIVE_INFINITY : monthIndex(firstMonth);
  const byYear = new Map<number, Float64Array>();
  for (const point of monthly) {
    if (point.count === 0) continue;
    const index = monthIndex(point.period);
    const year = Math.floor(index / 12);
    let months = byYear.get(year);
    if (months === undefined) {
      months = new Float64Array(12);
      byYear.set(year, months);
    }
    months[index - year * 12] = point.totalUsd;
  }
  return toCumulativeYears(byYear, first, last);
}
