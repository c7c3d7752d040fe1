import type { ChartExport } from '../../components/charts/chart-export';
import type { ExportContext } from './export-context';
import { ExportMenu } from './export-menu';
import { ExportStatusText } from './export-status';
import { useI18n } from '../../lib/i18n/i18n';
import { useExportTask } from './use-export-task';

type Format = 'png' | 'svg' | 'csv';

const FORMATS: readonly Format[] = ['png', 'svg', 'csv'];

/** A chart's export menu. The code that builds the files loads on first use. */
export function ChartExportMenu({
  chart,
  context,
}: {
  readonly chart: ChartExport;
  readonly context: ExportContext;
}) {
  const { t } = useI18n();
  const { status, run } = useExportTask();
  const items = FORMATS.map((format) => ({
    label: t.charts[format],
    onSelect: () =>
      void run(async () => {
        const { exportChart } = await import('./run-chart-export');
        return exportChart(format, chart, context);
      }),
  }));
  return (
    <>
      <ExportMenu label={t.charts.exportLabel({ title: chart.title })} items={items} />
      <ExportStatusText status={status} />
    </>
  );
}
