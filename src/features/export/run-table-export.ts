// Loaded on first use (import() from the table's download buttons).
import type { Incident } from '../../domain/incident';
import { writeCsv } from '../../lib/csv';
import { downloadBlob } from '../../lib/download';
import { exportCredit } from './export-caption';
import type { ExportContext } from './export-context';
import { exportFileName } from './export-names';
import { incidentsTable } from '../../data/incidents-csv';
import { incidentsJson } from './incidents-export';

export type TableExportFormat = 'csv' | 'json';

/** Downloads the incidents as CSV or JSON; resolves to the file name. */
export function exportIncidents(
  format: TableExportFormat,
  incidents: readonly Incident[],
  context: ExportContext,
): string {
  const fileName = exportFileName('incidents', context.filters, format);
  const blob =
    format === 'csv'
      ? new Blob([writeCsv(incidentsTable(incidents), { comment: exportCredit(context) })], {
          type: 'text/csv;charset=utf-8',
        })
      : new Blob([incidentsJson(incidents, context.meta)], {
          type: 'application/json;charset=utf-8',
        });
  downloadBlob(blob, fileName);
  return fileName;
}
