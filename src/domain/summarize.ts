import type { Incident } from './incident';
import {
  addToGroup,
  techniqueKey,
  toGroupPoints,
  type GroupDrafts,
  type GroupPoint,
} from './breakdown';
import { compileFilters, isDprk, matchesFilters, type IncidentFilters } from './filter';
import { insertLargest } from './largest';
import { monthIndex } from './months';
import {
  addToPeriod,
  monthSeries,
  yearSeries,
  type PeriodBuckets,
  type PeriodPoint,
} from './series';
import { addToTotals, createTotalsDraft, finishTotals, type Totals } from './totals';

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
 * Filters and aggregates in one pass over the rows: the same results as `filterIncidents`
 * followed by `computeTotals`, `sumByMonth`, `sumByYear`, `groupIncidents` and
 * `largestIncidents`, with no object allocated per row (only the median sorts the amounts).
 */
export function summarize(incidents: readonly Incident[], filters: IncidentFilters): Summary {
  const compiled = compileFilters(filters);
  const kept: Incident[] = [];
  const totals = createTotalsDraft(incidents.length);
  const months: PeriodBuckets = new Map();
  const categories: GroupDrafts = new Map();
  const techniques: GroupDrafts = new Map();
  const largest: Incident[] = [];
  for (const incident of incidents) {
    if (!matchesFilters(incident, compiled)) continue;
    const dprk = isDprk(incident.attribution);
    kept.push(incident);
    addToTotals(totals, incident, dprk);
    addToPeriod(months, monthIndex(incident.date), incident, dprk);
    addToGroup(categories, incident.category, incident.amountUsd);
    addToGroup(techniques, techniqueKey(incident.technique), incident.amountUsd);
    insertLargest(largest, incident, SUMMARY_LARGEST_COUNT);
  }
  return {
    incidents: kept,
    totals: finishTotals(totals),
    monthly: monthSeries(months, filters),
    yearly: yearSeries(months, filters),
    byCategory: toGroupPoints(categories),
    byTechnique: toGroupPoints(techniques),
    largest,
  };
}
