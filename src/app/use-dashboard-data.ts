import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { incidentQueries } from '../data/incident-queries';
import { cumulativeByYear } from '../domain/cumulative';
import type { IncidentFilters } from '../domain/filter';

import { matchEstimates } from '../domain/estimates';
import { monthPresets } from '../domain/month-presets';
import { currentMonth } from '../domain/months';
import { summarize } from '../domain/summarize';
import {
  buildFilterOptions,
  collectOptionValues,
  type OptionValues,
} from '../features/filters/filter-options';

const NO_VALUES: OptionValues = { attributions: [], chains: [], techniques: [] };

/**
 * Loads the incidents and derives everything the page shows for the filters. The filters are
 * deferred so typing and clicking stay responsive while a large dataset is re-aggregated.
 */
export function useDashboardData(filters: IncidentFilters, today: Date) {
  const query = useQuery(incidentQueries.list());
  const deferredFilters = useDeferredValue(filters);
  const data = query.data;
  const incidents = useMemo(() => data?.incidents ?? [], [data]);
  const values = useMemo(
    () => (data ? collectOptionValues(incidents) : NO_VALUES),
    [data, incidents],
  );
  const summary = useMemo(
    () => summarize(incidents, deferredFilters),
    [incidents, deferredFilters],
  );
  const options = useMemo(
    () => buildFilterOptions(incidents, values, deferredFilters),
    [incidents, values, deferredFilters],
  );
  const lastDate = data?.meta.lastDate ?? null;
  const cumulative = useMemo(
    () => cumulativeByYear(summary.incidents, lastDate ? lastDate.slice(0, 7) : null),
    [summary.incidents, lastDate],
  );
  const estimates = useMemo(
    () => matchEstimates(data?.meta.publishedEstimates ?? [], deferredFilters),
    [data, deferredFilters],
  );
  const todayMonth = currentMonth(today);
  const firstYear = data?.meta.firstDate ? Number(data.meta.firstDate.slice(0, 4)) : null;
  const lastYear = lastDate ? Number(lastDate.slice(0, 4)) : null;
  const presets = useMemo(
    () => monthPresets(todayMonth, firstYear, lastYear),
    [todayMonth, firstYear, lastYear],
  );
  return {
    query,
    summary,
    options,
    values,
    cumulative,
    estimates,
    presets,
    isStale: deferredFilters !== filters,
  };
}
