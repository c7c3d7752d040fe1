import type { ChartLegendEntry } from '../../components/charts/chart-export';
import type { ChartClone } from './chart-clone';
import { fitChart } from './export-presets';
import { wrapText, type MeasureText } from './text-layout';
import { PALETTES } from '../../lib/palette';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
export const EXPORT_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
/** The colours of the page around the chart; the light theme's unless the page is dark. */
export interface ExportPalette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly box: string;
  readonly boxBorder: string;
}

/** The light theme's colours (src/lib/palette.ts), when the page's cannot be read. */
export const LIGHT_PALETTE: ExportPalette = {
  background: PALETTES.light.panel,
  text: PALETTES.light.text,
  muted: PALETTES.light.muted,
  box: PALETTES.light.bg,
  boxBorder: PALETTES.light.border,
};
/** The margin around an exported image's content, in CSS pixels. */
export const EXPORT_PAD = 24;
const PAD = EXPORT_PAD;
const MIN_WIDTH = 480;
const EMPTY_HEIGHT = 160;
/** Characters XML 1.0 does not allow, even escaped: dropped from every text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export interface ChartImage {
  readonly title: string;
  /** The active filters in words. */
  readonly caption: string;
  readonly legend: readonly ChartLegendEntry[];
  readonly description: string;
  /** The credit line: app, data sources, date. */
  readonly source: string;
  /** The drawn chart, or null: then `emptyMessage` fills a box `width` wide. */
  readonly chart: ChartClone | null;
  readonly width: number;
  readonly emptyMessage: string;
  /** The theme the chart was drawn in (its cloned colours match it); light by default. */
  readonly palette?: ExportPalette;
  /**
   * A size that does not depend on the screen: the image's width and, for a fixed box, its
   * height (CSS pixels). Without it the image is as wide as the chart and as tall as its content.
   */
  readonly frame?: { readonly width: number; readonly height: number | null };
  /** No background: for a PNG laid over a slide or a page of its own colour. */
  readonly isTransparent?: boolean;
}

export interface SvgDocument {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

type Attributes = Readonly<Record<string, string | number>>;

/**
 * A report-ready, self-contained SVG document: title, filters, legend, the chart, what it shows
 * and where the data comes from, on a solid background (or none). Its `<title>` is the chart's
 * title and its `<desc>` the sentence that says what it shows. At a preset size the chart is
 * fitted into the box (fitChart) and text is wrapped, never cut. All text goes in as DOM text, so
 * the serializer escapes it (`<script>` in a name stays text).
 */
export function buildChartSvg(
  image: ChartImage,
  measure: MeasureText,
  doc: Document = document,
): SvgDocument {
  const width = image.frame
    ? Math.round(image.frame.width)
    : Math.max(MIN_WIDTH, Math.round(image.chart?.width ?? image.width)) + 2 * PAD;
  const contentWidth = width - 2 * PAD;
  const make = (name: string, attributes: Attributes, text?: string): Element => {
    const element = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text.replace(NOT_XML, '');
    return element;
  };
  const {
    background,
    text: TEXT,
    muted: MUTED,
    box: BOX,
    boxBorder,
  } = image.palette ?? LIGHT_PALETTE;
  const body = make('g', {});
  /** Writes `text` wrapped to the content's width from `top`; returns where it ends. */
  const paragraph = (text: string, top: number, size: number, fill: string, bold = false) => {
    let y = top;
    for (const line of wrapText(text, contentWidth, size, measure, bold)) {
      const attributes = { x: PAD, y: Math.round(y + size), 'font-size': size, fill };
      body.append(make('text', bold ? { ...attributes, 'font-weight': 700 } : attributes, line));
      y += Math.round(size * 1.35);
    }
    return y;
  };

  let top = paragraph(image.title, PAD, 20, TEXT, true) + 2;
  top = paragraph(image.caption, top, 15, TEXT) + 8;
  top = drawLegend(body, image.legend, top, contentWidth, make, measure, TEXT);
  const footerLines = (text: string) => wrapText(text, contentWidth, 12, measure).length;
  const footer =
    12 +
    (footerLines(image.description) + footerLines(image.source)) * Math.round(12 * 1.35) +
    2 +
    PAD -
    8;
  const drawing = image.chart ?? { width: contentWidth, height: EMPTY_HEIGHT };
  const fit = fitChart({
    boxHeight: image.frame?.height ?? null,
    top,
    footer,
    contentWidth,
    chartWidth: drawing.width,
    chartHeight: drawing.height,
  });
  const chartWidth = drawing.width * fit.chartScale;
  const chartHeight = drawing.height * fit.chartScale;
  const left = PAD + Math.max(0, (contentWidth - chartWidth) / 2);
  if (image.chart) {
    const { node } = image.chart;
    node.setAttribute('x', String(left));
    node.setAttribute('y', String(fit.chartTop));
    node.setAttribute('width', String(chartWidth));
    node.setAttribute('height', String(chartHeight));
    body.append(node);
  } else {
    const box = { x: left, y: fit.chartTop, width: chartWidth, height: chartHeight };
    body.append(make('rect', { ...box, rx: 6, fill: BOX, stroke: boxBorder }));
    body.append(
      make(
        'text',
        {
          x: left + chartWidth / 2,
          y: fit.chartTop + chartHeight / 2 + 6,
          'font-size': 16,
          fill: MUTED,
        },
        image.emptyMessage,
      ),
    );
    body.lastElementChild?.setAttribute('text-anchor', 'middle');
  }
  paragraph(
    image.source,
    paragraph(image.description, fit.footerTop + 12, 12, MUTED) + 2,
    12,
    MUTED,
  );
  const height = image.frame?.height ?? Math.ceil(fit.height);
  if (fit.bodyScale < 1) {
    const shift = (width * (1 - fit.bodyScale)) / 2;
    body.setAttribute('transform', `translate(${shift} 0) scale(${fit.bodyScale})`);
  }

  const root = make('svg', {
    version: '1.1',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': EXPORT_FONT,
  });
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  root.append(make('title', {}, image.title));
  root.append(make('desc', {}, image.description));
  if (!image.isTransparent) {
    root.append(make('rect', { x: 0, y: 0, width, height, fill: background }));
  }
  root.append(body);
  const xml = new XMLSerializer().serializeToString(root).replace(NOT_XML, '');
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height };
}

/** Legend entries in rows, a swatch (square for bars, line for lines) before each label. */
function drawLegend(
  body: Element,
  legend: readonly ChartLegendEntry[],
  top: number,
  contentWidth: number,
  make: (name: string, attributes: Attributes, text?: string) => Element,
  measure: MeasureText,
  textColor: string,
): number {
  if (legend.length === 0) return top;
  const size = 13;
  const rowHeight = 20;
  let x = 0;
  let y = top;
  for (const entry of legend) {
    const itemWidth = 18 + measure(entry.label, size) + 16;
    if (x > 0 && x + itemWidth > contentWidth) {
      x = 0;
      y += rowHeight;
    }
    const left = PAD + x;
    const middle = y + rowHeight / 2;
    body.append(
      entry.shape === 'line'
        ? make('line', {
            x1: left,
            x2: left + 14,
            y1: middle,
            y2: middle,
            stroke: entry.color,
            'stroke-width': 3,
          })
        : make('rect', { x: left + 1, y: middle - 6, width: 12, height: 12, fill: entry.color }),
    );
    body.append(
      make(
        'text',
        { x: left + 18, y: middle + 4.5, 'font-size': size, fill: textColor },
        entry.label,
      ),
    );
    x += itemWidth;
  }
  return y + rowHeight + 8;
}
