// Loaded on first use (import() from the export menu): builds chart exports and downloads them.
import type { ChartExport } from '../../components/charts/chart-export';
import { writeCsv } from '../../lib/csv';
import { downloadBlob } from '../../lib/download';
import { MESSAGES } from '../../lib/i18n/i18n';
import { cloneChartSvg, type ChartClone } from './chart-clone';
import { renderPng } from './chart-png';
import {
  buildChartSvg,
  EXPORT_FONT,
  EXPORT_PAD,
  LIGHT_PALETTE,
  type ExportPalette,
  type SvgDocument,
} from './chart-svg';
import { exportCredit } from './export-caption';
import type { ExportContext } from './export-context';
import { exportFileName } from './export-names';
import { boxHeight, pixelSize, PRESETS, type ExportPreset } from './export-presets';
import { canvasMeasure } from './text-layout';
import { describeExportFilters } from '../../lib/i18n/view-caption';

export type ChartExportFormat = 'png' | 'svg' | 'csv';

/** How an image is made: at which size, and (PNG only) without a background. */
export interface ImageOptions {
  readonly preset: ExportPreset;
  readonly isTransparent: boolean;
}

const AS_ON_SCREEN: ImageOptions = { preset: 'screen', isTransparent: false };

/** What a preset adds to a file name: `thefts-over-time-1200x675_all-time.png`. */
const PRESET_NAMES: Readonly<Record<ExportPreset, string>> = {
  screen: '',
  web: '-1200x675',
  square: '-1080x1080',
  print: '-a4-300dpi',
};

/** The chart as drawn: on screen, or drawn again off screen at the preset's width. */
async function drawnChart(chart: ChartExport, preset: ExportPreset, context: ExportContext) {
  const t = MESSAGES[context.locale ?? 'en'];
  if (chart.isEmpty) return null;
  if (preset === 'screen') {
    const svg = chart.findSvg();
    if (svg === null) throw new Error(t.imageExport.stillDrawing);
    return cloneChartSvg(svg);
  }
  let drawing;
  try {
    drawing = await chart.drawAt(PRESETS[preset].layoutWidth - 2 * EXPORT_PAD);
  } catch {
    throw new Error(t.imageExport.notDrawn);
  }
  try {
    return cloneChartSvg(drawing.svg);
  } finally {
    drawing.release();
  }
}

function chartSvg(
  chart: ChartExport,
  context: ExportContext,
  clone: ChartClone | null,
  { preset, isTransparent }: ImageOptions,
): SvgDocument {
  const t = MESSAGES[context.locale ?? 'en'];
  return buildChartSvg(
    {
      title: chart.title,
      caption: describeExportFilters(context.filters, context.meta, context.locale, context.names),
      legend: chart.isEmpty ? [] : chart.legend,
      description: chart.description,
      source: exportCredit(context),
      chart: clone,
      width: chart.measureWidth(),
      palette: pagePalette(),
      emptyMessage: t.charts.empty,
      frame:
        preset === 'screen'
          ? undefined
          : { width: PRESETS[preset].layoutWidth, height: boxHeight(preset) },
      isTransparent,
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

/** The chart as an SVG or PNG file, at the options' size. */
export async function chartImage(
  format: 'png' | 'svg',
  chart: ChartExport,
  context: ExportContext,
  options: ImageOptions,
): Promise<{ readonly blob: Blob; readonly fileName: string }> {
  const fileName = exportFileName(
    `${chart.slug}${PRESET_NAMES[options.preset]}`,
    context.filters,
    format,
  );
  const svg = chartSvg(chart, context, await drawnChart(chart, options.preset, context), {
    ...options,
    isTransparent: format === 'png' && options.isTransparent,
  });
  if (format === 'svg') {
    return { blob: new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }), fileName };
  }
  const background = options.isTransparent ? null : pagePalette().background;
  const size = pixelSize(options.preset, svg.width, svg.height);
  return { blob: await renderPng(svg.text, size, background), fileName };
}

/** Builds the file and starts its download; resolves to the file name. */
export async function exportChart(
  format: ChartExportFormat,
  chart: ChartExport,
  context: ExportContext,
  options: ImageOptions = AS_ON_SCREEN,
): Promise<string> {
  if (format === 'csv') {
    const fileName = exportFileName(chart.slug, context.filters, format);
    const csv = writeCsv(chart.table(), { comment: exportCredit(context) });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
    return fileName;
  }
  const { blob, fileName } = await chartImage(format, chart, context, options);
  downloadBlob(blob, fileName);
  return fileName;
}
