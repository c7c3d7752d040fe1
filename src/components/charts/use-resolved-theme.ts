import { useSyncExternalStore } from 'react';

import type { ThemeName } from '../../lib/palette';

export type ResolvedTheme = ThemeName;

const DARK_QUERY = '(prefers-color-scheme: dark)';

function darkQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

/** The theme the page is drawn in: the reader's choice (`data-theme`), else the system's. */
function readTheme(): ResolvedTheme {
  const choice = document.documentElement.dataset.theme;
  if (choice === 'light' || choice === 'dark') return choice;
  return darkQuery()?.matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    query?.removeEventListener('change', onChange);
  };
}

/**
 * For colours CSS cannot reach (a line's stroke chosen per year): Recharts writes them as SVG
 * attributes, so the chart picks the theme's palette itself.
 */
export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribe, readTheme, () => 'light');
}
