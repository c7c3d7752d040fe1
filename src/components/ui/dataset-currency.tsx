import type { DatasetMeta } from '../../domain/incident';
import { useI18n } from '../../lib/i18n/i18n';

/**
 * How current the data is: "Incidents to 19 Aug 2026 · dataset of 1 Dec 2026". The two dates
 * differ when no incident after the last one could be sourced by the dataset's version date.
 */
export function DatasetCurrency({
  meta,
  className,
}: {
  readonly meta: DatasetMeta | null;
  readonly className?: string;
}) {
  const { t, f } = useI18n();
  if (meta?.lastDate == null) return null;
  const parts = [t.app.dataTo({ to: f.formatDate(meta.lastDate) })];
  if (meta.version !== null) parts.push(t.app.datasetOf({ version: f.formatDate(meta.version) }));
  return <p className={className ?? 'dataset-currency'}>{parts.join(' · ')}</p>;
}
