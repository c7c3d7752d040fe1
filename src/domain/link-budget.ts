import type { ViewState } from './view-state';
import {
  MAX_LIST_VALUES,
  MAX_SEARCH_LENGTH,
  parseViewParams,
  serializeViewParams,
} from './view-url';

/** A common server limit on a request line: no link the app writes is longer. */
export const MAX_LINK_LENGTH = 2_000;

/** What had to be left out of a view so that its link fits, as data (the page words it). */
export type LinkCut =
  | { readonly kind: 'search'; readonly max: number }
  | { readonly kind: 'values'; readonly key: 'chain'; readonly max: number }
  | { readonly kind: 'length'; readonly key: string; readonly max: number };

export interface FittedView {
  readonly view: ViewState;
  readonly query: string;
  readonly cuts: readonly LinkCut[];
}

/**
 * The view as a link no longer than {@link MAX_LINK_LENGTH} characters once `prefixLength`
 * characters (origin, path and hash) are added: search text beyond {@link MAX_SEARCH_LENGTH}
 * characters and chains beyond {@link MAX_LIST_VALUES} are cut; if it is still too long (text
 * that percent-encodes to 9 characters per character), the last chains, then the search, the
 * technique, the attribution and the open incident are left out, in that order.
 */
export function fitViewToLink(
  view: ViewState,
  keep: URLSearchParams,
  prefixLength: number,
): FittedView {
  const cuts: LinkCut[] = [];
  let { filters } = view;
  if (filters.search.length > MAX_SEARCH_LENGTH) {
    filters = { ...filters, search: cutText(filters.search, MAX_SEARCH_LENGTH) };
    cuts.push({ kind: 'search', max: MAX_SEARCH_LENGTH });
  }
  if (filters.chains.length > MAX_LIST_VALUES) {
    filters = { ...filters, chains: filters.chains.slice(0, MAX_LIST_VALUES) };
    cuts.push({ kind: 'values', key: 'chain', max: MAX_LIST_VALUES });
  }
  let fitted: ViewState = { ...view, filters };
  const budget = MAX_LINK_LENGTH - prefixLength - 1; // 1 for the "?"
  let query = serializeViewParams(fitted, keep);
  const leaveOut = (key: string, next: ViewState) => {
    fitted = next;
    query = serializeViewParams(fitted, keep);
    if (!cuts.some((cut) => cut.kind === 'length' && cut.key === key)) {
      cuts.push({ kind: 'length', key, max: MAX_LINK_LENGTH });
    }
  };
  while (query.length > budget && fitted.filters.chains.length > 0) {
    const chains = fitted.filters.chains.slice(0, -1);
    leaveOut('chain', { ...fitted, filters: { ...fitted.filters, chains } });
  }
  const steps: [string, (v: ViewState) => ViewState][] = [
    ['q', (v) => ({ ...v, filters: { ...v.filters, search: '' } })],
    ['technique', (v) => ({ ...v, filters: { ...v.filters, technique: null } })],
    ['attribution', (v) => ({ ...v, filters: { ...v.filters, attribution: null } })],
    ['incident', (v) => ({ ...v, incident: null })],
  ];
  for (const [key, drop] of steps) {
    if (query.length <= budget) break;
    const next = drop(fitted);
    if (serializeViewParams(next, keep) !== query) leaveOut(key, next);
  }
  return { view: fitted, query, cuts };
}

/** The first `max` UTF-16 units of `text`, never splitting a character in two. */
function cutText(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * The link to the view a URL shows, as the app would write it: what was ignored in it is left
 * out, and it fits in {@link MAX_LINK_LENGTH} characters even when the address typed did not.
 */
export function linkToView(location: {
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}): string {
  const { origin, pathname, search, hash } = location;
  const { view } = parseViewParams(search);
  const safeHash = hash.length > 200 ? '' : hash;
  const base = `${origin}${pathname}`;
  const { query } = fitViewToLink(view, new URLSearchParams(search), base.length + safeHash.length);
  return `${base}${query ? `?${query}` : ''}${safeHash}`;
}
