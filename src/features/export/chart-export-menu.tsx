import { lazy, Suspense, useState } from 'react';
import type { ChartExport } from '../../components/charts/chart-export';
import type { EmbedChart } from '../../lib/embed-snippet';
import type { ExportContext } from './export-context';
import { ExportMenu } from './export-menu';
import { ExportStatusText } from './export-status';
import { useI18n } from '../../lib/i18n/i18n';
import { useExportTask } from './use-export-task';

type Format = 'png' | 'svg' | 'csv';

const FORMATS: readonly Format[] = ['png', 'svg', 'csv'];

const EmbedDialog = lazy(() => import('./embed-dialog'));

/** A chart's export menu. The code that builds the files, and the embed dialog, load on first use. */
export function ChartExportMenu({
  chart,
  context,
}: {
  readonly chart: ChartExport;
  readonly context: ExportContext;
}) {
  const { t } = useI18n();
  const { status, run } = useExportTask();
  const [embedding, setEmbedding] = useState<EmbedChart | null>(null);
  const items = FORMATS.map((format) => ({
    label: t.charts[format],
    onSelect: (): void =>
      void run(async () => {
        const { exportChart } = await import('./run-chart-export');
        return exportChart(format, chart, context);
      }),
  }));
  const { embed } = chart;
  if (embed !== undefined)
    items.push({ label: t.embed.menuItem, onSelect: () => setEmbedding(embed) });
  return (
    <>
      <ExportMenu label={t.charts.exportLabel({ title: chart.title })} items={items} />
      <ExportStatusText status={status} />
      {embedding !== null && (
        <Suspense fallback={<span role="status">{t.embed.loading}</span>}>
          <EmbedDialog
            chart={embedding}
            version={context.meta.version}
            onClose={() => setEmbedding(null)}
          />
        </Suspense>
      )}
    </>
  );
}
