import { useCallback, useMemo } from 'react';
import type { RenderChartExport } from '../../components/charts/chart-export';
import type { IncidentFilters } from '../../domain/filter';
import type { DatasetMeta, Incident } from '../../domain/incident';
import { useI18n } from '../../lib/i18n/i18n';
import { ChartExportMenu } from './chart-export-menu';
import { isoDay, type ExportContext } from './export-context';
import { TableDownloads } from './table-downloads';

/**
 * The export controls the page hands to its panels (so no panel imports this feature): a menu
 * per chart and the table's download buttons, all for the current filters. The Cite dialog
 * belongs to another feature: the page passes its opener in.
 */
export function useExportRenderers(
  filters: IncidentFilters,
  meta: DatasetMeta | null,
  today: Date,
  names?: ReadonlyMap<string, string>,
  /** Opens the Cite dialog: each chart's menu then has a "Cite" item. */
  onCite?: () => void,
) {
  const { locale } = useI18n();
  const generatedOn = isoDay(today);
  const context = useMemo<ExportContext | null>(
    () => (meta === null ? null : { filters, generatedOn, meta, locale, names }),
    [filters, generatedOn, meta, locale, names],
  );
  const renderChartExport = useCallback<RenderChartExport>(
    (chart) => context && <ChartExportMenu chart={chart} context={context} onCite={onCite} />,
    [context, onCite],
  );
  const renderTableDownloads = useCallback(
    (rows: () => readonly Incident[]) =>
      context && <TableDownloads rows={rows} context={context} />,
    [context],
  );
  return { renderChartExport, renderTableDownloads };
}
