import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { describeFilters } from '../../domain/describe-filters';
import type { IncidentFilters } from '../../domain/filter';
import type { DatasetMeta } from '../../domain/incident';
import { linkToView } from '../../domain/link-budget';
import { chipLabel } from '../../lib/i18n/filter-labels';
import { useI18n } from '../../lib/i18n/i18n';
import { buildCitation, type Citation } from '../../lib/i18n/citation';
import './cite.css';

const CiteDialog = lazy(() => import('./cite-dialog'));

/**
 * The Cite dialog for the view as it is now (its filters, the dataset's dates, its link), for
 * any control that opens it: the header's button and each chart's menu. Closing it puts focus
 * back where it was when it opened.
 */
export function useCiteDialog(
  filters: IncidentFilters,
  meta: DatasetMeta | null,
  /** The reader's day, `YYYY-MM-DD`: "retrieved" in the citation. */
  today: string,
) {
  const { t, f } = useI18n();
  const [citation, setCitation] = useState<Citation | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
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
  }, [filters, meta, today, t, f]);
  const close = () => {
    setCitation(null);
    opener.current?.focus();
  };
  const dialog = citation && (
    <Suspense fallback={<span role="status">{t.cite.loading}</span>}>
      <CiteDialog
        citation={citation}
        fileStem={`crypto-theft-tracker-${meta?.version ?? today}`}
        onClose={close}
      />
    </Suspense>
  );
  return { open, dialog };
}
