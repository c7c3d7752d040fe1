import { Fragment, useId } from 'react';
import { useI18n } from '../../lib/i18n/i18n';

/**
 * A compact amount (`$1.46B`) that reveals the exact figure on hover and on keyboard focus. A
 * figure too wide for its box breaks at its own spaces (`15,75 Md` / `$US`), never inside a word:
 * Intl writes them as no-break spaces, so each gets a break opportunity after it.
 */
export function Amount({ value }: { readonly value: number }) {
  const { f } = useI18n();
  const exactId = useId();
  const words = f.formatUsdCompact(value).split(/(?<=[\u00a0\u202f ])/);
  return (
    <span className="amount" tabIndex={0} aria-describedby={exactId}>
      {words.map((word, at) => (
        <Fragment key={at}>
          {word}
          {at < words.length - 1 && <wbr />}
        </Fragment>
      ))}
      <span role="tooltip" id={exactId} className="amount-exact">
        {f.formatUsd(value)}
      </span>
    </span>
  );
}
