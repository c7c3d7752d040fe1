import { useId } from 'react';
import { Amount } from '../../components/ui/amount';
import type { Totals } from '../../domain/totals';
import { formatCount, formatPercent } from '../../lib/format';

interface TotalsPanelProps {
  readonly totals: Totals;
  /** Rows the endpoint sent that failed validation and are not in these figures. */
  readonly skippedCount: number;
}

/** The headline figures for whatever is filtered. */
export function TotalsPanel({ totals, skippedCount }: TotalsPanelProps) {
  const headingId = useId();
  const { largest } = totals;
  return (
    <section className="panel totals" aria-labelledby={headingId}>
      <h2 id={headingId}>Totals</h2>
      <dl className="stats">
        <Stat label="Total stolen">
          <Amount value={totals.totalUsd} />
        </Stat>
        <Stat label="Incidents">{formatCount(totals.count)}</Stat>
        <Stat label="Largest incident">
          {largest ? (
            <>
              <Amount value={largest.amountUsd} />
              <span className="stat-note">{largest.name}</span>
            </>
          ) : (
            '–'
          )}
        </Stat>
        <Stat label="Median incident">
          {totals.medianUsd === null ? '–' : <Amount value={totals.medianUsd} />}
        </Stat>
        <Stat label="Recovered">
          <Amount value={totals.returnedUsd} />
          <span className="stat-note">where a source reports funds returned</span>
        </Stat>
        <Stat label="Attributed to DPRK">
          <Amount value={totals.dprkUsd} />
          <span className="stat-note">
            {totals.dprkShare === null ? '–' : `${formatPercent(totals.dprkShare)} of the total`}
          </span>
        </Stat>
      </dl>
      {skippedCount > 0 && (
        <p className="stat-note">
          These figures exclude {formatCount(skippedCount)} skipped{' '}
          {skippedCount === 1 ? 'row' : 'rows'} that failed validation.
        </p>
      )}
    </section>
  );
}

function Stat({ label, children }: { readonly label: string; readonly children: React.ReactNode }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
