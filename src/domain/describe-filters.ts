import { CATEGORIES, type Category } from './incident';
import { DPRK, UNATTRIBUTED, type IncidentFilters } from './filter';

const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  'defi-protocol': 'DeFi protocol',
  'centralized-exchange': 'Centralized exchange',
  bridge: 'Bridge',
  wallet: 'Wallet',
  gaming: 'Gaming',
  other: 'Other',
};

export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category];
}

/** A group key that may be a category ("Other" and others pass through as they are). */
export function categoryKeyLabel(key: string): string {
  const category = CATEGORIES.find((value) => value === key);
  return category ? CATEGORY_LABELS[category] : key;
}

export function attributionLabel(value: string): string {
  if (value === DPRK) return 'DPRK (every DPRK cluster)';
  if (value === UNATTRIBUTED) return 'Unattributed';
  return value;
}

/** Which filter a chip removes. */
export type FilterPart =
  | { readonly kind: 'range' }
  | { readonly kind: 'attribution' }
  | { readonly kind: 'category'; readonly value: Category }
  | { readonly kind: 'chain'; readonly value: string }
  | { readonly kind: 'technique' }
  | { readonly kind: 'search' }
  | { readonly kind: 'minAmount' }
  | { readonly kind: 'maxAmount' };

export interface ActiveFilter {
  readonly part: FilterPart;
  readonly label: string;
}

/**
 * The active filters in words, for chips and captions. Months and amounts are formatted by the
 * caller's formatters so this stays free of locale code.
 */
export function describeFilters(
  filters: IncidentFilters,
  format: { month: (month: string) => string; usd: (amount: number) => string },
): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  const { from, to } = filters;
  if (from !== null || to !== null) {
    const label =
      from !== null && to !== null
        ? from === to
          ? format.month(from)
          : `${format.month(from)} – ${format.month(to)}`
        : from !== null
          ? `From ${format.month(from)}`
          : `Until ${format.month(to ?? '')}`;
    active.push({ part: { kind: 'range' }, label });
  }
  if (filters.attribution !== null) {
    const value = filters.attribution;
    const label =
      value === DPRK
        ? 'Attributed to DPRK'
        : value === UNATTRIBUTED
          ? 'Unattributed'
          : `Attribution: ${value}`;
    active.push({ part: { kind: 'attribution' }, label });
  }
  for (const value of filters.categories) {
    active.push({ part: { kind: 'category', value }, label: categoryLabel(value) });
  }
  for (const value of filters.chains) {
    active.push({ part: { kind: 'chain', value }, label: `Chain: ${value}` });
  }
  if (filters.technique !== null) {
    active.push({ part: { kind: 'technique' }, label: `Technique: ${filters.technique}` });
  }
  if (filters.search.trim() !== '') {
    active.push({ part: { kind: 'search' }, label: `Search: “${filters.search.trim()}”` });
  }
  if (filters.minAmount !== null) {
    active.push({
      part: { kind: 'minAmount' },
      label: `At least ${format.usd(filters.minAmount)}`,
    });
  }
  if (filters.maxAmount !== null) {
    active.push({ part: { kind: 'maxAmount' }, label: `At most ${format.usd(filters.maxAmount)}` });
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
  }
}
