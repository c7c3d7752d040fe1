import type { PublishedEstimate } from '../../domain/incident';
import { estimateScope } from '../../domain/estimates';
import { DEFAULT_VIEW } from '../../domain/view-state';
import { serializeViewParams } from '../../domain/view-url';
import { useI18n } from '../../lib/i18n/i18n';

/**
 * Every published estimate, each with an "Open this scope" link to the view of its period (and
 * the DPRK group for a DPRK figure), where the panel beside the totals explains the difference.
 */
export function PublishedEstimatesList({
  estimates,
}: {
  readonly estimates: readonly PublishedEstimate[];
}) {
  const { t, f } = useI18n();
  if (estimates.length === 0) return null;
  // The language and theme of the page stay as they are.
  const keep = new URLSearchParams(window.location.search);
  return (
    <details className="published-estimates">
      <summary>
        {t.about.estimates({ n: f.formatCount(estimates.length), count: estimates.length })}
      </summary>
      <ul>
        {estimates.map((estimate, at) => {
          const scope = estimateScope(estimate);
          const period = `${estimate.periodStart ? f.formatDay(estimate.periodStart) : t.published.notStated} – ${f.formatDay(estimate.periodEnd)}`;
          return (
            <li key={`${at}-${estimate.publisher}`}>
              {t.about.estimate({
                publisher: estimate.publisher,
                amount: f.formatUsdCompact(estimate.amountUsd),
                metric: estimate.metric,
                period,
              })}
              {scope && (
                <>
                  {' · '}
                  <a href={`?${serializeViewParams({ ...DEFAULT_VIEW, filters: scope }, keep)}`}>
                    {t.about.openScope}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
