import { DEFAULT_COMPARE, type CompareKind } from './compare';
import { EMPTY_FILTERS, type IncidentFilters } from './filter';
import { DEFAULT_MEASURE, type TimelineMeasure } from './timeline-measure';

export type ChartMode = 'monthly' | 'quarterly' | 'yearly';
export type SortColumn = 'date' | 'name' | 'amount';
export type SortDirection = 'asc' | 'desc';

export interface TableSort {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** Everything a shared link reproduces: filters, chart mode, table sort, the open incident. */
export interface ViewState {
  readonly filters: IncidentFilters;
  readonly mode: ChartMode;
  readonly sort: TableSort;
  /** The id of the incident whose detail panel is open. */
  readonly incident: string | null;
  /** The years the cumulative chart draws, oldest first; null for its default (the most recent). */
  readonly years: readonly string[] | null;
  /** What the Totals compare the view's months with. */
  readonly compare: CompareKind;
  /** What the timeline's bars measure. */
  readonly measure: TimelineMeasure;
  /** Whether the timeline names its largest incidents above their bars. */
  readonly labels: boolean;
}

export const DEFAULT_SORT: TableSort = Object.freeze({ column: 'date', direction: 'desc' });

export const DEFAULT_VIEW: ViewState = Object.freeze({
  filters: EMPTY_FILTERS,
  mode: 'monthly',
  sort: DEFAULT_SORT,
  incident: null,
  years: null,
  compare: DEFAULT_COMPARE,
  measure: DEFAULT_MEASURE,
  labels: true,
});
