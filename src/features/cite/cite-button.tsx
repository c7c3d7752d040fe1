import type { IncidentFilters } from '../../domain/filter';
import type { DatasetMeta } from '../../domain/incident';
import { useI18n } from '../../lib/i18n/i18n';
import { useCiteDialog } from './use-cite-dialog';

interface CiteButtonProps {
  readonly filters: IncidentFilters;
  readonly meta: DatasetMeta | null;
  /** The reader's day, `YYYY-MM-DD`: "retrieved" in the citation. */
  readonly today: string;
}

/** "Cite": the citation of the view as it is now (its filters, the dataset's dates, its link). */
export function CiteButton({ filters, meta, today }: CiteButtonProps) {
  const { t } = useI18n();
  const cite = useCiteDialog(filters, meta, today);
  return (
    <>
      <button type="button" onClick={cite.open} aria-haspopup="dialog">
        {t.cite.button}
      </button>
      {cite.dialog}
    </>
  );
}
