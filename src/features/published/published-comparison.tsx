import { memo, useId } from 'react';
import { BidiText } from '../../components/ui/bidi-text';
import { OpenScopeLink } from '../../components/ui/open-scope-link';
import { isolate } from '../../lib/bidi';
import type { GroupPoint } from '../../domain/breakdown';
import type { PublishedEstimate } from '../../domain/incident';
import type { Totals } from '../../domain/totals';
import { useI18n } from '../../lib/i18n/i18n';
import { isLinkableUrl } from '../../lib/source-url';

interface PublishedComparisonProps {
  readonly estimates: readonly PublishedEstimate[];
  readonly totals: Totals;
  /** The view's totals per category: the DPRK figures are also given without category `other`. */
  readonly byCategory?: readonly GroupPoint[];
}

const isDprkMeasure = (estimate: PublishedEstimate) =>
  estimate.metric.toLowerCase().startsWith('dprk');

/**
 * Published figures for the same scope, beside ours: sources disagree, and we say so. Each says
 * what it counts (publisher, measure, period, when published, source), with the curator's note and
 * the quoted words behind a disclosure; a DPRK figure also gets ours without thefts from
 * individuals (category `other`), the main reason the two differ.
 */
export const PublishedComparison = memo(function PublishedComparison({
  estimates,
  totals,
  byCategory = [],
}: PublishedComparisonProps) {
  const { t, f } = useI18n();
  const p = t.published;
  const headingId = useId();
  if (estimates.length === 0) return null;
  const ours = p.ours({
    amount: f.formatUsdCompact(totals.totalUsd),
    n: f.formatCount(totals.count),
    count: totals.count,
  });
  const other = byCategory.find((group) => group.key === 'other');
  const withoutOtherCount = totals.count - (other?.count ?? 0);
  const withoutOther = p.withoutOther({
    amount: f.formatUsdCompact(totals.totalUsd - (other?.totalUsd ?? 0)),
    n: f.formatCount(withoutOtherCount),
    count: withoutOtherCount,
  });
  return (
    <section className="panel published" aria-labelledby={headingId}>
      <h2 id={headingId}>{p.title}</h2>
      <ul>
        {estimates.map((estimate) => (
          <li key={`${estimate.publisher}|${estimate.metric}|${estimate.amountUsd}`}>
            <p>
              <BidiText
                text={p.reported({
                  publisher: isolate(shortName(estimate.publisher)),
                  amount: f.formatUsdCompact(estimate.amountUsd),
                  ours,
                })}
              />
              <OpenScopeLink estimate={estimate} />
            </p>
            {isDprkMeasure(estimate) && <p>{withoutOther}</p>}
            <dl className="stat-note estimate-facts">
              <dt>{p.publisher}</dt>
              <dd>
                <bdi>{estimate.publisher}</bdi>
              </dd>
              <dt>{p.measure}</dt>
              <dd>
                <bdi>{estimate.metric}</bdi>, {f.formatUsd(estimate.amountUsd)}
              </dd>
              <dt>{p.period}</dt>
              <dd>
                {estimate.periodStart ? f.formatDay(estimate.periodStart) : p.notStated} –{' '}
                {f.formatDay(estimate.periodEnd)}
              </dd>
              <dt>{p.publishedOn}</dt>
              <dd>{estimate.published}</dd>
              <dt>{p.source}</dt>
              <dd>
                {isLinkableUrl(estimate.sourceUrl) ? (
                  <a href={estimate.sourceUrl} target="_blank" rel="noopener noreferrer">
                    {hostOf(estimate.sourceUrl)}
                  </a>
                ) : (
                  estimate.sourceUrl
                )}
              </dd>
            </dl>
            <details className="estimate-details">
              <summary>{p.details}</summary>
              <p>{estimate.scopeNote}</p>
              <blockquote>{estimate.quote}</blockquote>
            </details>
          </li>
        ))}
      </ul>
      <p className="stat-note">{p.note}</p>
    </section>
  );
});

function shortName(publisher: string): string {
  return publisher.replace(/\s*\(.*\)$/, '');
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname : url;
}
