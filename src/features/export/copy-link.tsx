import { useEffect, useId, useState } from 'react';
import { linkToView } from '../../domain/link-budget';
import { useI18n } from '../../lib/i18n/i18n';

type CopyState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'copied' }
  | { readonly kind: 'failed'; readonly url: string };

/** How long "Link copied" stays on screen. */
const CONFIRM_MS = 4000;

/**
 * "Copy link": copies the link to the current view (the URL holds every filter and choice), as the
 * app writes it: never longer than 2,000 characters, without the parts it ignored. Where
 * the clipboard is refused, the link is shown in a read-only field to copy by hand.
 */
export function CopyLink() {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const fieldId = useId();

  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = window.setTimeout(() => setState({ kind: 'idle' }), CONFIRM_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const url = linkToView(window.location);
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'failed', url });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t.copyLink.button}
      </button>
      <span role="status" className="copy-link-status">
        {state.kind === 'copied' ? t.copyLink.copied : ''}
        {state.kind === 'failed' ? t.copyLink.failed : ''}
      </span>
      {state.kind === 'failed' && (
        <>
          <label htmlFor={fieldId} className="sr-only">
            {t.copyLink.field}
          </label>
          <input
            id={fieldId}
            className="copy-link-field"
            type="text"
            readOnly
            value={state.url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </>
      )}
    </div>
  );
}
