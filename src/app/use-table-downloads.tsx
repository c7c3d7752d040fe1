import { type ReactNode, useCallback, useMemo } from 'react';
import type { Incident } from '../domain/incident';
import { DataPackageDownload } from '../features/data-package/data-package-download';
import type { PackageWords } from '../features/data-package/package-input';
import { exportCredit } from '../features/export/export-caption';
import { isoDay } from '../features/export/export-context';
import { exportFileName } from '../features/export/export-names';
import { useI18n } from '../lib/i18n/i18n';
import { describeExportFilters } from '../lib/i18n/view-caption';
import type { LowerFigures } from './lower-panels';

type RenderDownloads = (rows: () => readonly Incident[]) => ReactNode;

/**
 * The table's downloads: its CSV and JSON (export) and "Download data" (data-package), which
 * gets the export feature's credit line and file names from here, so its CSVs match theirs.
 */
export function useTableDownloads(
  renderTableDownloads: RenderDownloads,
  figures: LowerFigures | null,
  today: Date,
  /** Incident names by id, so the view in words names the excluded incidents. */
  names: ReadonlyMap<string, string>,
): RenderDownloads {
  const { locale } = useI18n();
  const generatedOn = isoDay(today);
  const words = useMemo<PackageWords | null>(() => {
    if (figures === null) return null;
    const { filters, data } = figures;
    return {
      credit: exportCredit({ filters, generatedOn, meta: data.meta, locale }),
      describeView: (view) => describeExportFilters(view, data.meta, locale, names),
      fileName: exportFileName,
    };
  }, [figures, generatedOn, locale, names]);
  return useCallback<RenderDownloads>(
    (rows) => (
      <div className="table-actions">
        {renderTableDownloads(rows)}
        {figures && words && (
          <DataPackageDownload
            rows={rows}
            viewCount={figures.summary.incidents.length}
            all={figures.data.incidents}
            filters={figures.filters}
            meta={figures.data.meta}
            words={words}
          />
        )}
      </div>
    ),
    [renderTableDownloads, figures, words],
  );
}
