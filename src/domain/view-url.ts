import { CATEGORIES, isCategory, MAX_OPTION_LENGTH, type Category } from './incident';
import type { IncidentFilters } from './filter';
import { en, type Messages } from '../lib/i18n/messages-en';
import { compareMonths, isMonthKey } from './months';
import {
  DEFAULT_SORT,
  DEFAULT_VIEW,
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
const NOTICE_VALUE_LENGTH = 40;

const SINGLE_KEYS = ['from', 'to', 'attribution', 'technique', 'q', 'min', 'max', 'mode', 'sort'];
const LIST_KEYS = ['category', 'chain'];
/** Read elsewhere (language and theme), so not "unknown" here. */
const OTHER_KNOWN_KEYS = ['incident', 'lang', 'theme'];
const SORTS = ['date-desc', 'date-asc', 'name-asc', 'name-desc', 'amount-desc', 'amount-asc'];

export interface ParsedView {
  readonly view: ViewState;
  /** One sentence per ignored or corrected part, for a visible notice. */
  readonly notices: readonly string[];
}

/** How the notices are worded: the reader's language (English by default). */
export type ViewNoticeWords = Messages['viewUrl'];

/** Reads a query string; every bad part falls back to its default with a notice, never a throw. */
export function parseViewParams(search: string, words: ViewNoticeWords = en.viewUrl): ParsedView {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const ignore = (key: string, value: string, why: string) =>
    notices.push(words.ignored({ key, value: shorten(value), why }));

  for (const key of new Set(params.keys())) {
    if (![...SINGLE_KEYS, ...LIST_KEYS, ...OTHER_KNOWN_KEYS].includes(key)) {
      notices.push(words.unknown({ key: shorten(key) }));
    } else if (!LIST_KEYS.includes(key) && params.getAll(key).length > 1) {
      notices.push(words.repeated({ key }));
    }
  }
  const raw = (key: string): string | null => {
    const value = params.get(key);
    if (value === null || value.trim() === '') return null;
    if (value.length > MAX_PARAM_LENGTH) {
      ignore(key, value, words.tooLong({ max: MAX_PARAM_LENGTH }));
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
    ignore(key, value, words.notMonth);
    return null;
  };
  const amount = (key: string): number | null => {
    const value = single(key);
    if (value === null) return null;
    const number = Number(value);
    if (Number.isFinite(number) && number >= 0) return number;
    ignore(key, value, words.notAmount);
    return null;
  };
  // Categories may be written `category=a,b`; a chain name may hold a comma, so it is kept whole.
  const list = (key: string): string[] => {
    const values = params
      .getAll(key)
      .flatMap((value) => (key === 'category' ? value.split(',').map((v) => v.trim()) : [value]))
      .filter((value) => {
        if (value.length <= MAX_PARAM_LENGTH) return value.trim() !== '';
        ignore(key, value, words.tooLong({ max: MAX_PARAM_LENGTH }));
        return false;
      });
    const kept = unique(values);
    if (kept.length <= MAX_LIST_VALUES) return kept;
    notices.push(words.tooMany({ key, max: MAX_LIST_VALUES }));
    return kept.slice(0, MAX_LIST_VALUES);
  };
  const searchText = (): string => {
    const value = params.get('q');
    if (value === null || value.trim() === '') return '';
    if (value.length <= MAX_SEARCH_LENGTH) return value;
    ignore('q', value, words.tooLong({ max: MAX_SEARCH_LENGTH }));
    return '';
  };

  let from = month('from');
  let to = month('to');
  if (from !== null && to !== null && compareMonths(from, to) > 0) {
    notices.push(words.reversed({ from, to }));
    [from, to] = [to, from];
  }
  const categories = list('category').filter((value): value is Category => {
    if (isCategory(value)) return true;
    ignore('category', value, words.notOneOf({ values: CATEGORIES.join(', ') }));
    return false;
  });
  const mode = single('mode');
  if (mode !== null && mode !== 'monthly' && mode !== 'yearly') {
    ignore('mode', mode, words.useMode);
  }
  const sort = single('sort');
  if (sort !== null && !SORTS.includes(sort))
    ignore('sort', sort, words.useOneOf({ values: SORTS.join(', ') }));

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
  };
  return {
    view: {
      filters,
      mode: mode === 'yearly' ? 'yearly' : DEFAULT_VIEW.mode,
      sort: sort !== null && SORTS.includes(sort) ? parseSort(sort) : DEFAULT_SORT,
      incident: exact('incident'),
    },
    notices,
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
  if (view.mode !== DEFAULT_VIEW.mode) set('mode', view.mode);
  if (!sameSort(view.sort, DEFAULT_SORT)) set('sort', `${view.sort.column}-${view.sort.direction}`);
  set('incident', view.incident);
  for (const key of ['lang', 'theme']) set(key, keep.get(key));
  return params.toString();
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

/** A value quoted in a notice: short, and without bidi controls that would reorder the notice. */
function shorten(value: string): string {
  const shown = value.replace(BIDI_CONTROLS, '');
  return shown.length > NOTICE_VALUE_LENGTH ? `${shown.slice(0, NOTICE_VALUE_LENGTH)}…` : shown;
}

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
