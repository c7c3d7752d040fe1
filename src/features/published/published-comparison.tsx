import { memo, useId } from 'react';
import { BidiText } from '../../components/ui/bidi-text';
import { isolate } from '../../lib/bidi';
import type { PublishedEstimate } from '../../domain/incident';
import type { Totals } from '../../domain/totals';
import { useI18n } from '../../lib/i18n/i18n';
import { isLinkableUrl } from '../../lib/source-url';

interface PublishedComparisonProps {
  readonly estimates: readonly PublishedEstimate[];
  readonly totals: Totals;
}

/** Published figures for the same scope, beside ours: sources disagree, and we say so. */
export const PublishedComparison = memo(function PublishedComparison({
  estimates,
  totals,
}: PublishedComparisonProps) {
  const { t, f } = useI18n();
  const headingId = useId();
  if (estimates.length === 0) return null;
  const ours = t.published.ours({
    amount: f.formatUsdCompact(totals.totalUsd),
    n: f.formatCount(totals.count),
    count: totals.count,
  });
  return (
    <section className="panel published" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.published.title}</h2>
      <ul>
        {estimates.map((estimate) => (
          <li key={`${estimate.publisher}|${estimate.metric}|${estimate.amountUsd}`}>
            <p>
              <BidiText
                text={t.published.reported({
                  publisher: isolate(shortName(estimate.publisher)),
                  amount: f.formatUsdCompact(estimate.amountUsd),
                  ours,
                })}
              />
            </p>
            <p className="stat-note">
              <bdi>{estimate.metric}</bdi>,{' '}
              {estimate.periodStart ? f.formatDay(estimate.periodStart) : '?'} –{' '}
              {f.formatDay(estimate.periodEnd)}. <bdi>{estimate.scopeNote}</bdi>.{' '}
              {isLinkableUrl(estimate.sourceUrl) ? (
                <a href={estimate.sourceUrl} target="_blank" rel="noopener noreferrer">
                  {t.published.source}
                </a>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      <p className="stat-note">{t.published.note}</p>
    </section>
  );
});

function shortName(publisher: string): string {
  return publisher.replace(/\s*\(.*\)$/, '');
}
