import { useEffect } from 'react';
import { describeFilters } from '../domain/describe-filters';
import type { IncidentFilters } from '../domain/filter';
import { useI18n } from '../lib/i18n/i18n';
import { chipLabel } from '../lib/i18n/filter-labels';

/** The tab's title says what is filtered, so bookmarks and tabs are told apart. */
export function usePageTitle(filters: IncidentFilters, names?: ReadonlyMap<string, string>): void {
  const { t, f } = useI18n();
  const base = t.app.name;
  useEffect(() => {
    const parts = describeFilters(filters, names).map((part) => chipLabel(part, t, f));
    document.title = parts.length > 0 ? `${parts.join(' · ')} – ${base}` : base;
  }, [filters, names, base, t, f]);
}
