import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { incidentQueries } from '../data/incident-queries';
import { cumulativeFromMonthly } from '../domain/cumulative';
import { sameFilters, type IncidentFilters } from '../domain/filter';

import { matchEstimates } from '../domain/estimates';
import { incidentYears, monthPresets } from '../domain/month-presets';
import { currentMonth } from '../domain/months';
import { summarizeWithOptions } from '../domain/summarize';
import {
  collectOptionValues,
  toFilterOptions,
  type OptionValues,
} from '../features/filters/filter-options';

const NO_VALUES: OptionValues = { attributions: [], chains: [], techniques: [] };

/**
 * Loads the incidents and derives everything the page shows for the filters, in one pass over the
 * data per change of filters. The filters are kept as long as their content is the same (a change
 * of sort, mode or open incident parses new ones from the URL). What is typed (the search and the
 * amounts) is deferred, so typing stays responsive while a large dataset is re-aggregated; a
 * choice (a month, an option, a preset, a bar) applies at once, with no frame in between.
 */
export function useDashboardData(filters: IncidentFilters, today: Date) {
  const query = useQuery(incidentQueries.list());
  const search = useDeferredValue(filters.search);
  const minAmount = useDeferredValue(filters.minAmount);
  const maxAmount = useDeferredValue(filters.maxAmount);
  const appliedFilters = useStableFilters({ ...filters, search, minAmount, maxAmount });
  const data = query.data;
  const incidents = useMemo(() => data?.incidents ?? [], [data]);
  const values = useMemo(
    () => (data ? collectOptionValues(incidents) : NO_VALUES),
    [data, incidents],
  );
  const { summary, optionCounts } = useMemo(
    () => summarizeWithOptions(incidents, appliedFilters),
    [incidents, appliedFilters],
  );
  const options = useMemo(() => toFilterOptions(optionCounts, values), [optionCounts, values]);
  const lastDate = data?.meta.lastDate ?? null;
  const cumulative = useMemo(
    () => cumulativeFromMonthly(summary.monthly, lastDate ? lastDate.slice(0, 7) : null),
    [summary.monthly, lastDate],
  );
  const estimates = useMemo(
    () => matchEstimates(data?.meta.publishedEstimates ?? [], appliedFilters),
    [data, appliedFilters],
  );
  const todayMonth = currentMonth(today);
  const years = useMemo(() => incidentYears(incidents), [incidents]);
  const presets = useMemo(() => monthPresets(todayMonth, years), [todayMonth, years]);
  return {
    query,
    /** The filters the figures were computed for (the typed ones trail `filters` while typing). */
    filters: appliedFilters,
    summary,
    options,
    values,
    cumulative,
    estimates,
    presets,
  };
}

/** The same object for as long as the filters' content stays the same. */
function useStableFilters(filters: IncidentFilters): IncidentFilters {
  const [stable, setStable] = useState(filters);
  if (sameFilters(stable, filters)) return stable;
  setStable(filters); // React re-renders at once with the new filters kept
  return filters;
}
