import type { PublishedEstimate } from './incident';
import { DPRK, EMPTY_FILTERS, type IncidentFilters } from './filter';

/**
 * The published figures whose scope matches the view: same calendar months as the month filter,
 * DPRK figures for the DPRK view and overall figures for the unfiltered view, and no other filter.
 */
export function matchEstimates(
  estimates: readonly PublishedEstimate[],
  filters: IncidentFilters,
): PublishedEstimate[] {
  const { from, to, attribution } = filters;
  if (from === null || to === null) return [];
  const narrowed =
    filters.categories.length > 0 ||
    filters.chains.length > 0 ||
    filters.technique !== null ||
    filters.search.trim() !== '' ||
    filters.minAmount !== null ||
    filters.maxAmount !== null ||
    filters.exclude.length > 0;
  if (narrowed || (attribution !== null && attribution !== DPRK)) return [];
  const wantsDprk = attribution === DPRK;
  return estimates.filter((estimate) => {
    if (estimate.periodStart === null) return false;
    if (estimate.periodStart.slice(0, 7) !== from || estimate.periodEnd.slice(0, 7) !== to) {
      return false;
    }
    const metric = estimate.metric.toLowerCase();
    return wantsDprk ? metric.startsWith('dprk stolen') : metric.startsWith('total');
  });
}

/**
 * The view that an estimate's scope names: its months, and the DPRK group for a DPRK figure.
 * Null when the publisher does not say when its count starts.
 */
export function estimateScope(estimate: PublishedEstimate): IncidentFilters | null {
  if (estimate.periodStart === null) return null;
  const isDprkFigure = estimate.metric.toLowerCase().startsWith('dprk');
  return {
    ...EMPTY_FILTERS,
    from: estimate.periodStart.slice(0, 7),
    to: estimate.periodEnd.slice(0, 7),
    attribution: isDprkFigure ? DPRK : null,
  };
}
