import { useId } from 'react';
import type { PublishedEstimate } from '../../domain/incident';
import type { Totals } from '../../domain/totals';
import { formatCount, formatDay, formatUsdCompact } from '../../lib/format';

interface PublishedComparisonProps {
  readonly estimates: readonly PublishedEstimate[];
  readonly totals: Totals;
}

/** Published figures for the same scope, beside ours: sources disagree, and we say so. */
export function PublishedComparison({ estimates, totals }: PublishedComparisonProps) {
  const headingId = useId();
  if (estimates.length === 0) return null;
  const ours = `this dataset has ${formatUsdCompact(totals.totalUsd)} across ${formatCount(totals.count)} ${totals.count === 1 ? 'incident' : 'incidents'}`;
  return (
    <section className="panel published" aria-labelledby={headingId}>
      <h2 id={headingId}>Published figures for this period</h2>
      <ul>
        {estimates.map((estimate) => (
          <li key={`${estimate.publisher}|${estimate.metric}|${estimate.amountUsd}`}>
            <p>
              <strong>{shortName(estimate.publisher)}</strong> reported{' '}
              {formatUsdCompact(estimate.amountUsd)} for this period; {ours}.
            </p>
            <p className="stat-note">
              {estimate.metric}, {estimate.periodStart ? formatDay(estimate.periodStart) : '?'} –{' '}
              {formatDay(estimate.periodEnd)}. {estimate.scopeNote}.{' '}
              {isHttp(estimate.sourceUrl) ? (
                <a href={estimate.sourceUrl} target="_blank" rel="noopener noreferrer">
                  Source
                </a>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      <p className="stat-note">
        Publishers count different things (hacks only, or hacks plus scams and phishing), attribute
        with different confidence and revise their own figures. This dataset counts only incidents
        with a sourced US dollar figure; the About the data section explains the differences.
      </p>
    </section>
  );
}

function shortName(publisher: string): string {
  return publisher.replace(/\s*\(.*\)$/, '');
}

function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
