import { changeBetween, isCovered } from '../../domain/compare';
import type { Totals } from '../../domain/totals';
import { comparePeriodLabel } from '../../lib/i18n/compare-words';
import { useI18n } from '../../lib/i18n/i18n';
import type { TotalsComparison } from './compare-control';

interface ChangeNoteProps {
  readonly comparison: TotalsComparison | undefined;
  readonly totals: Totals;
  /** The figure compared, read from the view's totals and from the earlier period's. */
  readonly figure: (totals: Totals) => number;
  readonly format: (value: number) => string;
}

/**
 * `+100% vs 2024: $1.03B` under a figure of the Totals; nothing when no honest change can be
 * given (no earlier period, nothing in it, or a period the dataset does not wholly cover).
 */
export function ChangeNote({ comparison, totals, figure, format }: ChangeNoteProps) {
  const { t, f } = useI18n();
  const earlier = comparison?.earlier ?? null;
  if (comparison === undefined || earlier === null) return null;
  const { current, firstMonth, lastMonth } = comparison;
  if (current !== null && !isCovered(current, firstMonth, lastMonth)) return null;
  const before = figure(earlier.totals);
  const change = changeBetween(figure(totals), before, earlier.range, comparison.firstMonth);
  if (change === null) return null;
  return (
    <span className="stat-note stat-change">
      {t.totals.change({
        change: f.formatChange(change),
        period: comparePeriodLabel(earlier.range, f),
        value: format(before),
      })}
    </span>
  );
}
