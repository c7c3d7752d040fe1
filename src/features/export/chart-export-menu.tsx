import { lazy, Suspense, useState } from 'react';
import type { ChartExport } from '../../components/charts/chart-export';
import type { EmbedChart } from '../../lib/embed-snippet';
import type { ExportContext } from './export-context';
import { ExportMenu, type ExportMenuItem } from './export-menu';
import type { ExportPreset } from './export-presets';
import { ExportStatusText } from './export-status';
import { useI18n } from '../../lib/i18n/i18n';
import { useChartSharing } from './use-chart-sharing';
import { useExportTask } from './use-export-task';

type Format = 'png' | 'svg' | 'csv';

const EmbedDialog = lazy(() => import('./embed-dialog'));

interface ChartExportMenuProps {
  readonly chart: ChartExport;
  readonly context: ExportContext;
  /** Opens the Cite dialog (given by the page); without it the menu has no "Cite" item. */
  readonly onCite?: () => void;
}

/**
 * A chart's export menu: PNG as on screen and at the fixed presets (with or without a
 * background), SVG, CSV, copy, share, cite and embed. The code that builds the files, and the
 * embed dialog, load on first use.
 */
export function ChartExportMenu({ chart, context, onCite }: ChartExportMenuProps) {
  const { t } = useI18n();
  const words = t.imageExport;
  const { status, run, say } = useExportTask();
  const [isTransparent, setTransparent] = useState(false);
  const [embedding, setEmbedding] = useState<EmbedChart | null>(null);
  const sharing = useChartSharing(chart, context, say);
  const download = (format: Format, preset: ExportPreset = 'screen') =>
    void run(async () => {
      const { exportChart } = await import('./run-chart-export');
      return exportChart(format, chart, context, { preset, isTransparent });
    });
  const { embed } = chart;
  const items: ExportMenuItem[] = [
    { label: t.charts.png, onSelect: () => download('png') },
    { label: words.pngWeb, onSelect: () => download('png', 'web') },
    { label: words.pngSquare, onSelect: () => download('png', 'square') },
    { label: words.pngPrint, onSelect: () => download('png', 'print') },
    {
      label: words.transparent,
      checked: isTransparent,
      onSelect: () => setTransparent((was) => !was),
    },
    { label: t.charts.svg, onSelect: () => download('svg') },
    { label: t.charts.csv, onSelect: () => download('csv') },
    { label: words.copyImage, onSelect: sharing.copyImage },
    { label: words.share, onSelect: sharing.share },
    ...(onCite ? [{ label: words.cite, onSelect: onCite }] : []),
    ...(embed === undefined
      ? []
      : [{ label: t.embed.menuItem, onSelect: () => setEmbedding(embed) }]),
  ];
  return (
    <>
      <ExportMenu label={t.charts.exportLabel({ title: chart.title })} items={items} />
      <ExportStatusText status={status} />
      {sharing.isCopyRefused && (
        <button type="button" className="export-fallback" onClick={() => download('png')}>
          {words.downloadPng}
        </button>
      )}
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
