import { useId } from 'react';
import { formatUsd, formatUsdCompact } from '../../lib/format';

/** A compact amount (`$1.46B`) that reveals the exact figure on hover and on keyboard focus. */
export function Amount({ value }: { readonly value: number }) {
  const exactId = useId();
  return (
    <span className="amount" tabIndex={0} aria-describedby={exactId}>
      {formatUsdCompact(value)}
      <span role="tooltip" id={exactId} className="amount-exact">
        {formatUsd(value)}
      </span>
    </span>
  );
}
