import type { Incident } from '../../../src/domain/incident';
import { isMonthKey } from '../../../src/domain/months';
import type { PeriodRange } from '../../../src/domain/series';

/**
 * The reference for the months a summary covers: the filter's range, no wider than the months of
 * the whole dataset, and none at all when the range lies wholly outside them.
 */
export function rangeWithinData(incidents: readonly Incident[], range: PeriodRange): PeriodRange {
  const months = incidents.map((incident) => incident.date.slice(0, 7)).sort();
  const first = months[0];
  const last = months.at(-1);
  const from = range.from !== null && isMonthKey(range.from) ? range.from : null;
  const to = range.to !== null && isMonthKey(range.to) ? range.to : null;
  if (first === undefined || last === undefined) return { from, to };
  if ((from !== null && from > last) || (to !== null && to < first))
    return { from: null, to: null };
  return {
    from: from !== null && from < first ? first : from,
    to: to !== null && to > last ? last : to,
  };
}
