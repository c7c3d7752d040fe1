import { lazy, Suspense, useRef, useState } from 'react';
import { describeFilters } from '../../domain/describe-filters';
import type { IncidentFilters } from '../../domain/filter';
import type { DatasetMeta } from '../../domain/incident';
import { linkToView } from '../../domain/link-budget';
import { chipLabel } from '../../lib/i18n/filter-labels';
import { useI18n } from '../../lib/i18n/i18n';
import { buildCitation, type Citation } from '../../lib/i18n/citation';
import './cite.css';

const CiteDialog = lazy(() => import('./cite-dialog'));

interface CiteButtonProps {
  readonly filters: IncidentFilters;
  readonly meta: DatasetMeta | null;
  /** The reader's day, `YYYY-MM-DD`: "retrieved" in the citation. */
  readonly today: string;
}

/** "Cite": the citation of the view as it is now (its filters, the dataset's dates, its link). */
export function CiteButton({ filters, meta, today }: CiteButtonProps) {
  const { t, f } = useI18n();
  const [citation, setCitation] = useState<Citation | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const open = () =>
    setCitation(
      buildCitation(
        {
          view: describeFilters(filters).map((part) => chipLabel(part, t, f)),
          version: meta?.version ?? null,
          lastDate: meta?.lastDate ?? null,
          url: linkToView(window.location),
          retrieved: today,
        },
        t,
        f,
      ),
    );
  const close = () => {
    setCitation(null);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" onClick={open} aria-haspopup="dialog">
        {t.cite.button}
      </button>
      {citation && (
        <Suspense fallback={<span role="status">{t.cite.loading}</span>}>
          <CiteDialog
            citation={citation}
            fileStem={`crypto-theft-tracker-${meta?.version ?? today}`}
            onClose={close}
          />
        </Suspense>
      )}
    </>
  );
}
