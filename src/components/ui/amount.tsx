import { useId } from 'react';
import { useI18n } from '../../lib/i18n/i18n';

/** A compact amount (`$1.46B`) that reveals the exact figure on hover and on keyboard focus. */
export function Amount({ value }: { readonly value: number }) {
  const { f } = useI18n();
  const exactId = useId();
  return (
    <span className="amount" tabIndex={0} aria-describedby={exactId}>
      {f.formatUsdCompact(value)}
      <span role="tooltip" id={exactId} className="amount-exact">
        {f.formatUsd(value)}
      </span>
    </span>
  );
}
