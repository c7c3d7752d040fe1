import { memo, useId } from 'react';
import { Amount } from '../../components/ui/amount';
import { clipText } from '../../lib/bidi';
import type { Totals } from '../../domain/totals';
import { useI18n } from '../../lib/i18n/i18n';
import { ChangeNote } from './change-note';
import { CompareControl, type TotalsComparison } from './compare-control';

interface TotalsPanelProps {
  readonly totals: Totals;
  /** Rows the endpoint sent that failed validation and are not in these figures. */
  readonly skippedCount: number;
  /** Opens an incident's detail (every field and its sources). */
  readonly onSelectIncident?: (id: string) => void;
  /** The earlier period the figures are compared with, and its control. */
  readonly comparison?: TotalsComparison;
}

/** Longest part of the largest incident's name drawn under its amount. */
const NAME_TEXT = 300;

const totalOf = (totals: Totals) => totals.totalUsd;
const countOf = (totals: Totals) => totals.count;
const dprkOf = (totals: Totals) => totals.dprkUsd;

/** The headline figures for whatever is filtered. */
export const TotalsPanel = memo(function TotalsPanel({
  totals,
  skippedCount,
  onSelectIncident,
  comparison,
}: TotalsPanelProps) {
  const { t, f } = useI18n();
  const headingId = useId();
  const { largest } = totals;
  return (
    <section className="panel totals" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.totals.title}</h2>
      {comparison && <CompareControl {...comparison} />}
      <dl className="stats">
        <Stat label={t.totals.totalStolen}>
          <Amount value={totals.totalUsd} />
          <ChangeNote
            comparison={comparison}
            totals={totals}
            figure={totalOf}
            format={f.formatUsdCompact}
          />
        </Stat>
        <Stat label={t.totals.incidents}>
          {f.formatCount(totals.count)}
          <ChangeNote
            comparison={comparison}
            totals={totals}
            figure={countOf}
            format={f.formatCount}
          />
        </Stat>
        <Stat label={t.totals.largest}>
          {largest ? (
            <>
              <Amount value={largest.amountUsd} />
              {/* The name is the source's (sometimes a placeholder): its detail shows the source. */}
              {onSelectIncident ? (
                <button
                  type="button"
                  className="stat-note stat-link"
                  aria-label={t.totals.openLargest({ name: largest.name })}
                  title={largest.name}
                  onClick={() => onSelectIncident(largest.id)}
                >
                  <LargestName name={largest.name} />
                </button>
              ) : (
                <span className="stat-note" title={largest.name}>
                  <LargestName name={largest.name} />
                </span>
              )}
            </>
          ) : (
            '–'
          )}
        </Stat>
        <Stat label={t.totals.median}>
          {totals.medianUsd === null ? '–' : <Amount value={totals.medianUsd} />}
        </Stat>
        <Stat label={t.totals.recovered}>
          {totals.returnedCount === 0 ? (
            <>
              {t.totals.recoveredNone}
              <span className="stat-note">{t.totals.recoveredNoneNote}</span>
            </>
          ) : (
            <>
              <Amount value={totals.returnedUsd} />
              <span className="stat-note">{t.totals.recoveredNote}</span>
            </>
          )}
        </Stat>
        <Stat label={t.totals.netLoss}>
          <Amount value={totals.netUsd} />
          <span className="stat-note">{t.totals.netLossNote}</span>
        </Stat>
        <Stat label={t.totals.dprk}>
          <Amount value={totals.dprkUsd} />
          <ChangeNote
            comparison={comparison}
            totals={totals}
            figure={dprkOf}
            format={f.formatUsdCompact}
          />
          <span className="stat-note">
            {totals.dprkShare === null
              ? '–'
              : t.totals.dprkShare({ share: f.formatPercent(totals.dprkShare) })}
          </span>
        </Stat>
      </dl>
      {skippedCount > 0 && (
        <p className="stat-note">
          {t.totals.excluded({ n: f.formatCount(skippedCount), count: skippedCount })}
        </p>
      )}
    </section>
  );
});

function Stat({ label, children }: { readonly label: string; readonly children: React.ReactNode }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A long name at most three lines here (the full text is the title and in the detail). */
function LargestName({ name }: { readonly name: string }) {
  return <bdi className="clamp-lines">{clipText(name, NAME_TEXT)}</bdi>;
}
