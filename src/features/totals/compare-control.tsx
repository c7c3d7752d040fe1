import {
  COMPARE_KINDS,
  isCompareKind,
  isCovered,
  type CompareKind,
  type MonthRange,
} from '../../domain/compare';
import type { Totals } from '../../domain/totals';
import { comparePeriodLabel } from '../../lib/i18n/compare-words';
import { useI18n } from '../../lib/i18n/i18n';
import './totals.css';

/** The earlier period's totals, computed by the same engine with the same filters. */
export interface EarlierTotals {
  readonly range: MonthRange;
  readonly totals: Totals;
}

/** What the Totals compare the view with, and the means to change it. */
export interface TotalsComparison {
  readonly kind: CompareKind;
  /** Null when there is nothing to compare with (no comparison, or an open month range). */
  readonly earlier: EarlierTotals | null;
  /** The dataset's first month: an earlier period that starts before it gives no change. */
  readonly firstMonth: string | null;
  /** The dataset's last month: a view that runs past it gives no change either. */
  readonly lastMonth: string | null;
  /** The view's own months (null when open). */
  readonly current: MonthRange | null;
  readonly onKindChange: (kind: CompareKind) => void;
}

/** The "Compare with" choice, and why no change is shown when none can be. */
export function CompareControl({
  kind,
  earlier,
  firstMonth,
  lastMonth,
  current,
  onKindChange,
}: TotalsComparison) {
  const { t, f } = useI18n();
  const notCovered = earlier !== null && (firstMonth === null || earlier.range.from < firstMonth);
  // The view itself runs past the data's last month: its totals hold only part of it.
  const viewNotCovered =
    !notCovered &&
    earlier !== null &&
    current !== null &&
    !isCovered(current, firstMonth, lastMonth);
  return (
    <div className="compare-control">
      <label>
        {t.totals.compareWith}
        <select
          value={kind}
          onChange={(event) => {
            if (isCompareKind(event.target.value)) onKindChange(event.target.value);
          }}
        >
          {COMPARE_KINDS.map((option) => (
            <option key={option} value={option}>
              {t.totals.compareKinds[option]}
            </option>
          ))}
        </select>
      </label>
      {kind !== 'none' && earlier === null && (
        <p className="stat-note">{t.totals.compareNeedsRange}</p>
      )}
      {notCovered && (
        <p className="stat-note">
          {t.totals.compareNoData({ period: comparePeriodLabel(earlier.range, f) })}
        </p>
      )}
      {viewNotCovered && (
        <p className="stat-note">
          {t.totals.compareNoData({ period: comparePeriodLabel(current, f) })}
        </p>
      )}
    </div>
  );
}
