// Loaded on first use (import() from the export menu): builds and downloads a chart export.
import type { ChartExport } from '../../components/charts/chart-export';
import { writeCsv } from '../../lib/csv';
import { downloadBlob } from '../../lib/download';
import { cloneChartSvg } from './chart-clone';
import { renderPng } from './chart-png';
import {
  buildChartSvg,
  EXPORT_FONT,
  LIGHT_PALETTE,
  type ExportPalette,
  type SvgDocument,
} from './chart-svg';
import { exportCredit } from './export-caption';
import type { ExportContext } from './export-context';
import { exportFileName } from './export-names';
import { canvasMeasure } from './text-layout';
import { MESSAGES } from '../../lib/i18n/i18n';
import { describeExportFilters } from '../../lib/i18n/view-caption';

export type ChartExportFormat = 'png' | 'svg' | 'csv';

export const EMPTY_MESSAGE = 'No incidents match these filters.';

function chartSvg(chart: ChartExport, context: ExportContext): SvgDocument {
  const svg = chart.isEmpty ? null : chart.findSvg();
  if (!chart.isEmpty && svg === null) {
    throw new Error('The chart is still being drawn; try again in a moment.');
  }
  return buildChartSvg(
    {
      title: chart.title,
      caption: describeExportFilters(context.filters, context.meta, context.locale, context.names),
      legend: chart.isEmpty ? [] : chart.legend,
      description: chart.description,
      source: exportCredit(context),
      chart: svg ? cloneChartSvg(svg) : null,
      width: chart.measureWidth(),
      palette: pagePalette(),
      emptyMessage: context.locale ? MESSAGES[context.locale].charts.empty : EMPTY_MESSAGE,
    },
    canvasMeasure(EXPORT_FONT),
  );
}

/** The page's theme colours (CSS custom properties), so the image matches the chart as drawn. */
function pagePalette(): ExportPalette {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--panel', LIGHT_PALETTE.background),
    text: read('--text', LIGHT_PALETTE.text),
    muted: read('--muted', LIGHT_PALETTE.muted),
    box: read('--bg', LIGHT_PALETTE.box),
    boxBorder: read('--border', LIGHT_PALETTE.boxBorder),
  };
}

/** Builds the file and starts its download; resolves to the file name. */
export async function exportChart(
  format: ChartExportFormat,
  chart: ChartExport,
  context: ExportContext,
): Promise<string> {
  const fileName = exportFileName(chart.slug, context.filters, format);
  let blob: Blob;
  if (format === 'csv') {
    const csv = writeCsv(chart.table(), { comment: exportCredit(context) });
    blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  } else {
    const svg = chartSvg(chart, context);
    blob =
      format === 'svg'
        ? new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' })
        : await renderPng(svg.text, svg.width, svg.height);
  }
  downloadBlob(blob, fileName);
  return fileName;
}
