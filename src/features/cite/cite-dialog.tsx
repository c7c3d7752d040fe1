// Loaded on first use (from the Cite button): the citation of the view, to copy or download.
import { useEffect, useId, useRef, useState } from 'react';
import { downloadBlob } from '../../lib/download';
import { useI18n } from '../../lib/i18n/i18n';
import type { Citation } from '../../lib/i18n/citation';

interface CiteDialogProps {
  readonly citation: Citation;
  /** For the downloaded files' names: `crypto-theft-tracker-2026-12-01.bib`. */
  readonly fileStem: string;
  readonly onClose: () => void;
}

/** One citation text with its Copy button, and what copying did. */
function CitationText({ label, text }: { readonly label: string; readonly text: string }) {
  const { t } = useI18n();
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(text);
      setStatus(t.cite.copied);
    } catch {
      setStatus(t.cite.copyFailed);
    }
  };
  return (
    <div className="cite-text">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={text} rows={label === t.cite.fullLabel ? 6 : 2} />
      <button type="button" onClick={() => void copy()} aria-describedby={id}>
        {t.cite.copy}
      </button>
      <span role="status">{status}</span>
    </div>
  );
}

/** A modal dialog: Escape or Close ends it, and focus goes back to the Cite button. */
export default function CiteDialog({ citation, fileStem, onClose }: CiteDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog ref={ref} className="cite-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t.cite.title}</h2>
      <CitationText label={t.cite.shortLabel} text={citation.short} />
      <CitationText label={t.cite.fullLabel} text={citation.full} />
      <div className="cite-actions">
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([citation.bibtex], { type: 'application/x-bibtex;charset=utf-8' }),
              `${fileStem}.bib`,
            )
          }
        >
          {t.cite.bibtex}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([citation.ris], {
                type: 'application/x-research-info-systems;charset=utf-8',
              }),
              `${fileStem}.ris`,
            )
          }
        >
          {t.cite.ris}
        </button>
        <button type="button" onClick={onClose}>
          {t.cite.close}
        </button>
      </div>
    </dialog>
  );
}
