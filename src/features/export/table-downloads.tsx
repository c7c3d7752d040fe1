import type { Incident } from '../../domain/incident';
import type { ExportContext } from './export-context';
import { ExportStatusText } from './export-status';
import { useI18n } from '../../lib/i18n/i18n';
import { useExportTask } from './use-export-task';

interface TableDownloadsProps {
  /** The filtered rows in the table's order, read when a button is pressed. */
  readonly rows: () => readonly Incident[];
  readonly context: ExportContext;
}

/** "Download CSV" and "Download JSON": every field of the filtered, sorted incidents. */
export function TableDownloads({ rows, context }: TableDownloadsProps) {
  const { t } = useI18n();
  const { status, run } = useExportTask();
  const download = (format: 'csv' | 'json') =>
    void run(async () => {
      const { exportIncidents } = await import('./run-table-export');
      return exportIncidents(format, rows(), context);
    });
  return (
    <div className="table-downloads" role="group" aria-label={t.table.downloads}>
      <button type="button" onClick={() => download('csv')}>
        {t.table.downloadCsv}
      </button>
      <button type="button" onClick={() => download('json')}>
        {t.table.downloadJson}
      </button>
      <ExportStatusText status={status} />
    </div>
  );
}
