// The reference model of the cumulative chart: year-to-date totals by month, from the incidents.
import type { CumulativeYear } from '../../src/domain/cumulative';
import type { Incident } from '../../src/domain/incident';
import { monthIndex } from '../../src/domain/months';

/**
 * Year-to-date totals by month for each year that has incidents, oldest year first; months
 * after `lastMonth` (`YYYY-MM`) are null.
 */
export function cumulativeByYear(
  incidents: readonly Incident[],
  lastMonth: string | null = null,
): CumulativeYear[] {
  const last = lastMonth === null ? Number.POSITIVE_INFINITY : monthIndex(lastMonth);
  const years = [...new Set(incidents.map((incident) => incident.date.slice(0, 4)))].sort();
  return years.map((year) => {
    let running = 0;
    const points = Array.from({ length: 12 }, (_, at) => {
      const month = `${year}-${String(at + 1).padStart(2, '0')}`;
      for (const incident of incidents) {
        if (incident.date.startsWith(month)) running += incident.amountUsd;
      }
      return { month: at + 1, cumulativeUsd: monthIndex(month) > last ? null : running };
    });
    return { year, totalUsd: running, points };
  });
}
