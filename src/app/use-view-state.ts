import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { fitViewToLink, type LinkCut } from '../domain/link-budget';
import { parseViewParams, type ParsedView } from '../domain/view-url';
import type { ViewState } from '../domain/view-state';

/** `push` for choices (back undoes them), `replace` for typing (one entry per edit, not per key). */
export type HistoryMode = 'push' | 'replace';
export type UpdateView = (change: (view: ViewState) => ViewState, history?: HistoryMode) => void;

const CHANGE_EVENT = 'viewstatechange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const readSearch = () => window.location.search;

/** The value of one query parameter, following the URL (back and forward included). */
export function useUrlParam(key: string): string | null {
  const search = useSyncExternalStore(subscribe, readSearch, () => '');
  return new URLSearchParams(search).get(key);
}

/** Sets one query parameter, keeping every other, as a new history entry. */
export function pushUrlParam(key: string, value: string): void {
  const params = new URLSearchParams(window.location.search);
  params.set(key, value);
  window.history.pushState(
    null,
    '',
    `${window.location.pathname}?${params}${window.location.hash}`,
  );
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

const NO_CUTS: readonly LinkCut[] = [];

/**
 * The view lives in the URL query string: the URL is the single source of truth. Every link it
 * writes fits in 2,000 characters (MAX_LINK_LENGTH); `cuts` says what the last change lost to that.
 */
export function useViewState(): ParsedView & {
  readonly update: UpdateView;
  readonly cuts: readonly LinkCut[];
} {
  const search = useSyncExternalStore(subscribe, readSearch, () => '');
  const parsed = useMemo(() => parseViewParams(search), [search]);
  const [cuts, setCuts] = useState(NO_CUTS);
  const update = useCallback<UpdateView>((change, history = 'push') => {
    const current = new URLSearchParams(window.location.search);
    const next = change(parseViewParams(window.location.search).view);
    const { origin, pathname, hash } = window.location;
    const fitted = fitViewToLink(next, current, origin.length + pathname.length + hash.length);
    setCuts((previous) =>
      fitted.cuts.length === 0 && previous.length === 0 ? previous : fitted.cuts,
    );
    const query = fitted.query;
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
      return;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return { ...parsed, update, cuts };
}
