import { useCallback, useMemo } from 'react';
import { withoutUnknownValues, type OptionValues } from '../domain/filter-options';
import { monthsOfPeriod } from '../domain/months';
import type { CompareKind } from '../domain/compare';
import type { TimelineMeasure } from '../domain/timeline-measure';
import type { ChartMode, TableSort } from '../domain/view-state';
import { MAX_EXCLUDED } from '../domain/view-url';
import type { ChangeFilters } from '../features/filters/filter-bar';
import type { UpdateView } from './use-view-state';

/** Everything a panel can change about the view, each as one URL update. */
export interface ViewActions {
  readonly changeFilters: ChangeFilters;
  /** A bar of the timeline: its month, or its year's twelve months, in the monthly view. */
  readonly selectPeriod: (period: string) => void;
  readonly changeMode: (mode: ChartMode) => void;
  readonly changeSort: (sort: TableSort) => void;
  readonly selectIncident: (id: string | null) => void;
  /** The years the cumulative chart draws; null for its default. */
  readonly chooseYears: (years: readonly string[] | null) => void;
  /** What the Totals compare the view's months with. */
  readonly changeCompare: (compare: CompareKind) => void;
  /** Leaves an incident out of every figure (and closes its detail panel if open). */
  readonly excludeIncident: (id: string) => void;
  /** What the timeline's bars measure, and whether it names its largest incidents. */
  readonly changeMeasure: (measure: TimelineMeasure) => void;
  readonly changeLabels: (labels: boolean) => void;
}

/**
 * The view's URL actions, in one place. Every change starts from the filters as applied: a value
 * no incident has (and which the page ignores) is dropped from the link by the next change.
 */
export function useViewActions(updateView: UpdateView, values: OptionValues): ViewActions {
  const update = useCallback<UpdateView>(
    (change, history) =>
      updateView(
        (current) => change({ ...current, filters: withoutUnknownValues(current.filters, values) }),
        history,
      ),
    [updateView, values],
  );
  return useMemo(
    () => ({
      changeFilters: (change, history) =>
        update((current) => ({ ...current, filters: change(current.filters) }), history),
      selectPeriod: (period) =>
        update((current) => ({
          ...current,
          mode: 'monthly',
          filters: { ...current.filters, ...monthsOfPeriod(period) },
        })),
      changeMode: (mode) => update((current) => ({ ...current, mode })),
      changeSort: (sort) => update((current) => ({ ...current, sort })),
      selectIncident: (id) => update((current) => ({ ...current, incident: id })),
      chooseYears: (years) => update((current) => ({ ...current, years })),
      changeCompare: (compare) => update((current) => ({ ...current, compare })),
      excludeIncident: (id) =>
        update((current) => {
          const { exclude } = current.filters;
          if (exclude.includes(id) || exclude.length >= MAX_EXCLUDED) return current;
          return {
            ...current,
            filters: { ...current.filters, exclude: [...exclude, id] },
            incident: current.incident === id ? null : current.incident,
          };
        }),
      changeMeasure: (measure) => update((current) => ({ ...current, measure })),
      changeLabels: (labels) => update((current) => ({ ...current, labels })),
    }),
    [update],
  );
}
