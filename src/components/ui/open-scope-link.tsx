import { estimateScope } from '../../domain/estimates';
import type { PublishedEstimate } from '../../domain/incident';
import { DEFAULT_VIEW } from '../../domain/view-state';
import { serializeViewParams } from '../../domain/view-url';
import { useI18n } from '../../lib/i18n/i18n';

/**
 * The link to the view a published estimate names (its months, and the DPRK group for a DPRK
 * figure), keeping the page's language and theme; null when the publisher gives no start.
 */
export function scopeHref(estimate: PublishedEstimate, currentSearch: string): string | null {
  const scope = estimateScope(estimate);
  if (scope === null) return null;
  const keep = new URLSearchParams(currentSearch);
  return `?${serializeViewParams({ ...DEFAULT_VIEW, filters: scope }, keep)}`;
}

/**
 * "Open this scope": a plain link (the URL is the view's source of truth), used in About's list
 * and beside the figure under the totals. Renders nothing for an estimate without a scope.
 */
export function OpenScopeLink({ estimate }: { readonly estimate: PublishedEstimate }) {
  const { t } = useI18n();
  const href = scopeHref(estimate, window.location.search);
  if (href === null) return null;
  return (
    <>
      {' · '}
      <a className="open-scope" href={href}>
        {t.about.openScope}
      </a>
    </>
  );
}
