// The production engine (`summarizeView`) seen through the questions the example tests ask, so
// that each test reads as the question and runs against the code the dashboard runs.
import { summarizeView, type Summary } from '../../../src/domain/engine/summarize-view';
import { EMPTY_FILTERS, type IncidentFilters, type OptionField } from '../../../src/domain/filter';
import type { Incident } from '../../../src/domain/incident';

export function viewSummary(
  incidents: readonly Incident[],
  filters: IncidentFilters = EMPTY_FILTERS,
): Summary {
  return summarizeView(incidents, filters).summary;
}

/** The incidents the view keeps, in their original order. */
export const filteredIncidents = (incidents: readonly Incident[], filters: IncidentFilters) =>
  viewSummary(incidents, filters).incidents;

/** The view's headline figures over every incident. */
export const totalsOf = (incidents: readonly Incident[]) => viewSummary(incidents).totals;

/** The incident count of each option of `field` under the other filters. */
export function optionCountsOf(
  incidents: readonly Incident[],
  filters: IncidentFilters,
  field: OptionField,
): Map<string, number> {
  const counts = summarizeView(incidents, filters).optionCounts[field];
  return new Map([...counts].map(([value, { count }]) => [value, count]));
}
