import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { incidentsUrl } from '../data/fetch-incidents';
import { incidentQueries } from '../data/incident-queries';
import { cumulativeFromMonthly } from '../domain/cumulative';
import { sameFilters, type IncidentFilters } from '../domain/filter';
import { earlierRange, type CompareKind } from '../domain/compare';

import { matchEstimates } from '../domain/estimates';
import type { Incident } from '../domain/incident';
import { incidentYears, monthPresets } from '../domain/month-presets';
import { currentMonth, earlierMonth } from '../domain/months';
import { summarizeView } from '../domain/engine/summarize-view';
import {
  collectOptionValues,
  toFilterOptions,
  withoutUnknownValues,
  type OptionValues,
} from '../domain/filter-options';
import { LIVE, pinnedVersion, type PinState } from '../features/pinned/pin-state';

const NO_VALUES: OptionValues = {
  attributions: [],
  chains: [],
  techniques: [],
  names: new Map(),
};

/**
 * Loads the incidents and derives everything the page shows for the filters, in one pass over the
 * data per change of filters. The filters are kept as long as their content is the same (a change
 * of sort, mode or open incident parses new ones from the URL). What is typed (the search and the
 * amounts) is deferred, so typing stays responsive while a large dataset is re-aggregated; a
 * choice (a month, an option, a preset, a bar) applies at once, with no frame in between. A link
 * pinned to an earlier version (`pin`) loads that version, once the list of versions says so.
 */
export function useDashboardData(
  filters: IncidentFilters,
  today: Date,
  compare: CompareKind,
  pin: PinState = LIVE,
) {
  const query = useQuery({
    ...incidentQueries.list(incidentsUrl(), pinnedVersion(pin)),
    enabled: pin.kind !== 'checking',
  });
  const data = query.data;
  const incidents = useMemo(() => data?.incidents ?? [], [data]);
  const values = useMemo(
    () => (data ? collectOptionValues(incidents) : NO_VALUES),
    [data, incidents],
  );
  // A value no incident has is ignored (and said by the page), never applied as a filter.
  const viewFilters = useStableFilters(data ? withoutUnknownValues(filters, values) : filters);
  const search = useDeferredValue(viewFilters.search);
  const minAmount = useDeferredValue(viewFilters.minAmount);
  const maxAmount = useDeferredValue(viewFilters.maxAmount);
  const appliedFilters = useStableFilters({ ...viewFilters, search, minAmount, maxAmount });
  const { summary, optionCounts } = useMemo(
    () => summarizeView(incidents, appliedFilters),
    [incidents, appliedFilters],
  );
  const earlier = useEarlierTotals(incidents, appliedFilters, compare);
  const options = useMemo(() => toFilterOptions(optionCounts, values), [optionCounts, values]);
  const lastDate = data?.meta.lastDate ?? null;
  // Each year's line stops at the filter's last month, and at the data's in its last year.
  const dataLastMonth = lastDate ? lastDate.slice(0, 7) : null;
  const { from: filterFrom, to: filterTo } = appliedFilters;
  const cumulative = useMemo(
    () => cumulativeFromMonthly(summary.monthly, earlierMonth(filterTo, dataLastMonth), filterFrom),
    [summary.monthly, filterTo, dataLastMonth, filterFrom],
  );
  const estimates = useMemo(
    () => matchEstimates(data?.meta.publishedEstimates ?? [], appliedFilters),
    [data, appliedFilters],
  );
  const todayMonth = currentMonth(today);
  const years = useMemo(() => incidentYears(incidents), [incidents]);
  const presets = useMemo(() => monthPresets(todayMonth, years), [todayMonth, years]);
  const firstDate = data?.meta.firstDate ?? null;
  const bounds = useMemo(
    () =>
      firstDate && lastDate ? { first: firstDate.slice(0, 7), last: lastDate.slice(0, 7) } : null,
    [firstDate, lastDate],
  );
  return {
    query,
    /** The view's filters without the values no incident has: what the controls show. */
    viewFilters,
    /** The filters the figures were computed for (the typed ones trail `filters` while typing). */
    filters: appliedFilters,
    summary,
    /** The same filters over the period compared with (null when there is none). */
    earlier,
    options,
    values,
    cumulative,
    estimates,
    presets,
    bounds,
  };
}

/**
 * The totals of the period the view is compared with: the same engine, the same filters, the
 * earlier months. A second pass over the data, only when there is an earlier period.
 */
function useEarlierTotals(
  incidents: readonly Incident[],
  filters: IncidentFilters,
  compare: CompareKind,
) {
  const { from, to } = filters;
  const range = useMemo(() => earlierRange(from, to, compare), [from, to, compare]);
  return useMemo(
    () =>
      range === null
        ? null
        : { range, totals: summarizeView(incidents, { ...filters, ...range }).summary.totals },
    [incidents, filters, range],
  );
}

/** The same object for as long as the filters' content stays the same. */
function useStableFilters(filters: IncidentFilters): IncidentFilters {
  const [stable, setStable] = useState(filters);
  if (sameFilters(stable, filters)) return stable;
  setStable(filters); // React re-renders at once with the new filters kept
  return filters;
}
