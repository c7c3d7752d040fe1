import type { Category } from './incident';
import { DPRK, UNATTRIBUTED, type IncidentFilters } from './filter';

/** Which filter a chip removes. */
export type FilterPart =
  | { readonly kind: 'range' }
  | { readonly kind: 'attribution' }
  | { readonly kind: 'category'; readonly value: Category }
  | { readonly kind: 'chain'; readonly value: string }
  | { readonly kind: 'technique' }
  | { readonly kind: 'search' }
  | { readonly kind: 'minAmount' }
  | { readonly kind: 'maxAmount' }
  | { readonly kind: 'exclude'; readonly value: string };

/** An active filter as data: the UI words it in the reader's language (`chipLabel`). */
export type FilterDescription =
  | { readonly kind: 'month'; readonly month: string }
  | { readonly kind: 'range'; readonly from: string; readonly to: string }
  | { readonly kind: 'from'; readonly month: string }
  | { readonly kind: 'until'; readonly month: string }
  | { readonly kind: 'dprk' }
  | { readonly kind: 'unattributed' }
  | { readonly kind: 'attribution'; readonly value: string }
  | { readonly kind: 'category'; readonly value: Category }
  | { readonly kind: 'chain'; readonly value: string }
  | { readonly kind: 'technique'; readonly value: string }
  | { readonly kind: 'search'; readonly value: string }
  | { readonly kind: 'minAmount'; readonly amount: number }
  | { readonly kind: 'maxAmount'; readonly amount: number }
  /** An incident left out: its name when known, else its id. */
  | { readonly kind: 'exclude'; readonly name: string };

export interface ActiveFilter {
  readonly part: FilterPart;
  readonly description: FilterDescription;
}

/**
 * The active filters, in the order chips and captions show them. `names` (id to name, e.g.
 * `OptionValues.names`) words the incidents left out; without it they are named by id.
 */
export function describeFilters(
  filters: IncidentFilters,
  names?: ReadonlyMap<string, string>,
): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  const { from, to } = filters;
  if (from !== null || to !== null) {
    const description: FilterDescription =
      from !== null && to !== null
        ? from === to
          ? { kind: 'month', month: from }
          : { kind: 'range', from, to }
        : from !== null
          ? { kind: 'from', month: from }
          : { kind: 'until', month: to ?? '' };
    active.push({ part: { kind: 'range' }, description });
  }
  if (filters.attribution !== null) {
    const value = filters.attribution;
    const description: FilterDescription =
      value === DPRK
        ? { kind: 'dprk' }
        : value === UNATTRIBUTED
          ? { kind: 'unattributed' }
          : { kind: 'attribution', value };
    active.push({ part: { kind: 'attribution' }, description });
  }
  for (const value of filters.categories) {
    active.push({ part: { kind: 'category', value }, description: { kind: 'category', value } });
  }
  for (const value of filters.chains) {
    active.push({ part: { kind: 'chain', value }, description: { kind: 'chain', value } });
  }
  if (filters.technique !== null) {
    const value = filters.technique;
    active.push({ part: { kind: 'technique' }, description: { kind: 'technique', value } });
  }
  if (filters.search.trim() !== '') {
    const value = filters.search.trim();
    active.push({ part: { kind: 'search' }, description: { kind: 'search', value } });
  }
  if (filters.minAmount !== null) {
    const amount = filters.minAmount;
    active.push({ part: { kind: 'minAmount' }, description: { kind: 'minAmount', amount } });
  }
  if (filters.maxAmount !== null) {
    const amount = filters.maxAmount;
    active.push({ part: { kind: 'maxAmount' }, description: { kind: 'maxAmount', amount } });
  }
  for (const value of filters.exclude) {
    const name = names?.get(value) ?? value;
    active.push({ part: { kind: 'exclude', value }, description: { kind: 'exclude', name } });
  }
  return active;
}

/** The filters without one part: what a chip's remove button does. */
export function removeFilter(filters: IncidentFilters, part: FilterPart): IncidentFilters {
  switch (part.kind) {
    case 'range':
      return { ...filters, from: null, to: null };
    case 'attribution':
      return { ...filters, attribution: null };
    case 'category':
      return { ...filters, categories: filters.categories.filter((c) => c !== part.value) };
    case 'chain':
      return { ...filters, chains: filters.chains.filter((c) => c !== part.value) };
    case 'technique':
      return { ...filters, technique: null };
    case 'search':
      return { ...filters, search: '' };
    case 'minAmount':
      return { ...filters, minAmount: null };
    case 'maxAmount':
      return { ...filters, maxAmount: null };
    case 'exclude':
      return { ...filters, exclude: filters.exclude.filter((id) => id !== part.value) };
  }
}
