import { COMPARE_KINDS, DEFAULT_COMPARE, isCompareKind } from './compare';
import { CATEGORIES, isCategory, MAX_OPTION_LENGTH, type Category } from './incident';
import type { IncidentFilters } from './filter';
import { compareMonths, isMonthKey } from './months';
import { DEFAULT_MEASURE, isTimelineMeasure, TIMELINE_MEASURES } from './timeline-measure';
import {
  DEFAULT_SORT,
  DEFAULT_VIEW,
  type ChartMode,
  type SortColumn,
  type TableSort,
  type ViewState,
} from './view-state';

/**
 * Longest value read from a parameter; longer ones are ignored (a link is not a data dump). The
 * same as the longest id or option value the data may hold, so every row can be linked to.
 */
export const MAX_PARAM_LENGTH = MAX_OPTION_LENGTH;
/** Longest search text kept in a link, and most values of one list parameter (`chain`). */
export const MAX_SEARCH_LENGTH = 100;
export const MAX_LIST_VALUES = 10;
/** Most incidents a link leaves out (`exclude`): ids are longer than chain names. */
export const MAX_EXCLUDED = 20;

const SINGLE_KEYS = [
  'from',
  'to',
  'attribution',
  'technique',
  'q',
  'min',
  'max',
  'mode',
  'sort',
  'years',
  'compare',
  'dataset',
  'measure',
  'labels',
];
const LIST_KEYS = ['category', 'chain', 'exclude'];
/** Read elsewhere (language and theme), so not "unknown" here. */
const OTHER_KNOWN_KEYS = ['incident', 'lang', 'theme'];
const LABELS = ['on', 'off'];
const SORTS = ['date-desc', 'date-asc', 'name-asc', 'name-desc', 'amount-desc', 'amount-asc'];

/** Why a parameter's value was ignored (lib/i18n words it). */
export type IgnoredBecause =
  | { readonly kind: 'too-long'; readonly max: number }
  | { readonly kind: 'not-month' }
  | { readonly kind: 'not-amount' }
  | { readonly kind: 'not-category'; readonly values: readonly string[] }
  | { readonly kind: 'not-mode' }
  | { readonly kind: 'not-year' }
  | { readonly kind: 'not-compare'; readonly values: readonly string[] }
  | { readonly kind: 'not-measure'; readonly values: readonly string[] }
  | { readonly kind: 'not-labels'; readonly values: readonly string[] }
  | { readonly kind: 'not-sort'; readonly values: readonly string[] }
  | { readonly kind: 'not-version' };

/** A part of the query string that was ignored or corrected, for a visible notice. */
export type ViewNotice =
  | {
      readonly kind: 'ignored';
      readonly key: string;
      readonly value: string;
      readonly because: IgnoredBecause;
    }
  | { readonly kind: 'unknown'; readonly key: string }
  | { readonly kind: 'repeated'; readonly key: string }
  | { readonly kind: 'too-many'; readonly key: string; readonly max: number }
  | { readonly kind: 'reversed'; readonly from: string; readonly to: string };

export interface ParsedView {
  readonly view: ViewState;
  /** One per ignored or corrected part. */
  readonly notices: readonly ViewNotice[];
  /** `dataset=2026-11-29`: the released version of the data the link is pinned to (null: live). */
  readonly dataset: string | null;
}

/** A dataset version as a link writes it: the day it was released, `YYYY-MM-DD`. */
const VERSION = /^\d{4}-\d{2}-\d{2}$/;

/** The pinned version `dataset=` holds, when it is written as one (else null). */
function datasetVersion(value: string | null): string | null {
  const version = value?.trim() ?? '';
  return VERSION.test(version) ? version : null;
}

/** Reads a query string; every bad part falls back to its default with a notice, never a throw. */
export function parseViewParams(search: string): ParsedView {
  const params = new URLSearchParams(search);
  const notices: ViewNotice[] = [];
  const ignore = (key: string, value: string, because: IgnoredBecause) =>
    notices.push({ kind: 'ignored', key, value, because });

  for (const key of new Set(params.keys())) {
    if (![...SINGLE_KEYS, ...LIST_KEYS, ...OTHER_KNOWN_KEYS].includes(key)) {
      notices.push({ kind: 'unknown', key });
    } else if (!LIST_KEYS.includes(key) && params.getAll(key).length > 1) {
      notices.push({ kind: 'repeated', key });
    }
  }
  const raw = (key: string): string | null => {
    const value = params.get(key);
    if (value === null || value.trim() === '') return null;
    if (value.length > MAX_PARAM_LENGTH) {
      ignore(key, value, { kind: 'too-long', max: MAX_PARAM_LENGTH });
      return null;
    }
    return value;
  };
  const single = (key: string): string | null => raw(key)?.trim() ?? null;
  // Ids and option values are read exactly as written, as the data holds them (" a" is not "a").
  const exact = raw;
  const month = (key: string): string | null => {
    const value = single(key);
    if (value === null || isMonthKey(value)) return value;
    ignore(key, value, { kind: 'not-month' });
    return null;
  };
  const amount = (key: string): number | null => {
    const value = single(key);
    if (value === null) return null;
    const number = Number(value);
    if (Number.isFinite(number) && number >= 0) return number;
    ignore(key, value, { kind: 'not-amount' });
    return null;
  };
  // Categories may be written `category=a,b`; a chain name may hold a comma, so it is kept whole.
  const list = (key: string, max = MAX_LIST_VALUES): string[] => {
    const values = params
      .getAll(key)
      .flatMap((value) => (key === 'category' ? value.split(',').map((v) => v.trim()) : [value]))
      .filter((value) => {
        if (value.length <= MAX_PARAM_LENGTH) return value.trim() !== '';
        ignore(key, value, { kind: 'too-long', max: MAX_PARAM_LENGTH });
        return false;
      });
    const kept = unique(values);
    if (kept.length <= max) return kept;
    notices.push({ kind: 'too-many', key, max });
    return kept.slice(0, max);
  };
  const searchText = (): string => {
    const value = params.get('q');
    if (value === null || value.trim() === '') return '';
    if (value.length <= MAX_SEARCH_LENGTH) return value;
    ignore('q', value, { kind: 'too-long', max: MAX_SEARCH_LENGTH });
    return '';
  };

  let from = month('from');
  let to = month('to');
  if (from !== null && to !== null && compareMonths(from, to) > 0) {
    notices.push({ kind: 'reversed', from, to });
    [from, to] = [to, from];
  }
  const categories = list('category').filter((value): value is Category => {
    if (isCategory(value)) return true;
    ignore('category', value, { kind: 'not-category', values: CATEGORIES });
    return false;
  });
  const mode = single('mode');
  if (mode !== null && !isChartMode(mode)) {
    ignore('mode', mode, { kind: 'not-mode' });
  }
  const sort = single('sort');
  if (sort !== null && !SORTS.includes(sort))
    ignore('sort', sort, { kind: 'not-sort', values: SORTS });

  const years = shownYears(single('years'), (value) =>
    ignore('years', value, { kind: 'not-year' }),
  );

  const compare = single('compare');
  if (compare !== null && !isCompareKind(compare))
    ignore('compare', compare, { kind: 'not-compare', values: COMPARE_KINDS });

  const pinned = single('dataset');
  if (pinned !== null && datasetVersion(pinned) === null)
    ignore('dataset', pinned, { kind: 'not-version' });
  // The timeline: `measure=net` or `share`, and `labels=off` (`on` is the default, also read).
  const measure = single('measure');
  if (measure !== null && !isTimelineMeasure(measure))
    ignore('measure', measure, { kind: 'not-measure', values: TIMELINE_MEASURES });
  const labels = single('labels');
  if (labels !== null && !LABELS.includes(labels))
    ignore('labels', labels, { kind: 'not-labels', values: LABELS });

  const filters: IncidentFilters = {
    from,
    to,
    attribution: exact('attribution'),
    categories: unique(categories),
    chains: unique(list('chain')),
    technique: exact('technique'),
    search: searchText(), // kept as typed: trimming here would eat the space being typed
    minAmount: amount('min'),
    maxAmount: amount('max'),
    exclude: list('exclude', MAX_EXCLUDED),
  };
  return {
    view: {
      filters,
      mode: mode !== null && isChartMode(mode) ? mode : DEFAULT_VIEW.mode,
      sort: sort !== null && SORTS.includes(sort) ? parseSort(sort) : DEFAULT_SORT,
      incident: exact('incident'),
      years,
      compare: compare !== null && isCompareKind(compare) ? compare : DEFAULT_COMPARE,
      measure: measure !== null && isTimelineMeasure(measure) ? measure : DEFAULT_MEASURE,
      labels: labels !== 'off',
    },
    notices,
    dataset: datasetVersion(pinned),
  };
}

/** The query string of a view: only what differs from the defaults, in a fixed order. */
export function serializeViewParams(
  view: ViewState,
  keep: URLSearchParams = new URLSearchParams(),
): string {
  const params = new URLSearchParams();
  const { filters } = view;
  const set = (key: string, value: string | number | null) => {
    if (value !== null && value !== '') params.set(key, String(value));
  };
  set('from', filters.from);
  set('to', filters.to);
  set('attribution', filters.attribution);
  filters.categories.forEach((category) => params.append('category', category));
  filters.chains.forEach((chain) => params.append('chain', chain));
  set('technique', filters.technique);
  if (filters.search.trim() !== '') set('q', filters.search);
  set('min', filters.minAmount);
  set('max', filters.maxAmount);
  filters.exclude.forEach((id) => params.append('exclude', id));
  if (view.mode !== DEFAULT_VIEW.mode) set('mode', view.mode);
  if (!sameSort(view.sort, DEFAULT_SORT)) set('sort', `${view.sort.column}-${view.sort.direction}`);
  set('incident', view.incident);
  if (view.years !== null) set('years', view.years.length === 0 ? NO_YEARS : view.years.join(','));
  if (view.compare !== DEFAULT_COMPARE) set('compare', view.compare);
  set('dataset', datasetVersion(keep.get('dataset')));
  if (view.measure !== DEFAULT_MEASURE) set('measure', view.measure);
  if (!view.labels) set('labels', 'off');
  for (const key of ['lang', 'theme']) set(key, keep.get(key));
  return params.toString();
}

/** `years=none`: the reader unticked every year of the cumulative chart. */
const NO_YEARS = 'none';

/**
 * `years=2024,2025`: the years the cumulative chart draws, sorted and without repeats; a value
 * that is not a four-digit year is left out (and `onBad` told). Absent, or nothing valid in it,
 * is the chart's default (null).
 */
function shownYears(value: string | null, onBad: (value: string) => void): string[] | null {
  if (value === null) return null;
  if (value === NO_YEARS) return [];
  const years = value
    .split(',')
    .map((year) => year.trim())
    .filter((year) => {
      if (/^\d{4}$/.test(year)) return true;
      if (year !== '') onBad(year);
      return false;
    });
  return years.length === 0 ? null : unique(years).sort();
}

function isChartMode(value: string): value is ChartMode {
  return value === 'monthly' || value === 'quarterly' || value === 'yearly';
}

function parseSort(value: string): TableSort {
  const [column, direction] = value.split('-');
  return { column: toSortColumn(column), direction: direction === 'asc' ? 'asc' : 'desc' };
}

function toSortColumn(value: string | undefined): SortColumn {
  return value === 'name' || value === 'amount' ? value : 'date';
}

function sameSort(a: TableSort, b: TableSort): boolean {
  return a.column === b.column && a.direction === b.direction;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
