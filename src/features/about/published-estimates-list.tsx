import type { PublishedEstimate } from '../../domain/incident';
import { OpenScopeLink } from '../../components/ui/open-scope-link';
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
  return (
    <details className="published-estimates">
      <summary>
        {t.about.estimates({ n: f.formatCount(estimates.length), count: estimates.length })}
      </summary>
      <ul>
        {estimates.map((estimate, at) => {
          const period = `${estimate.periodStart ? f.formatDay(estimate.periodStart) : t.published.notStated} – ${f.formatDay(estimate.periodEnd)}`;
          return (
            <li key={`${at}-${estimate.publisher}`}>
              {t.about.estimate({
                publisher: estimate.publisher,
                amount: f.formatUsdCompact(estimate.amountUsd),
                metric: estimate.metric,
                period,
              })}
              <OpenScopeLink estimate={estimate} />
            </li>
          );
        })}
      </ul>
    </details>
  );
}
