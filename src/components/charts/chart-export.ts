import type { ReactNode } from 'react';
import type { CsvTable } from '../../lib/csv';
import type { EmbedChart } from '../../lib/embed-snippet';

/** One legend entry drawn into an exported image. */
export interface ChartLegendEntry {
  readonly label: string;
  readonly color: string;
  /** A filled square for bars, a short line for lines. */
  readonly shape: 'bar' | 'line';
}

/** What a chart panel offers for export: all of it read when the reader asks, not before. */
export interface ChartExportSource {
  /** For file names: `thefts-over-time`. */
  readonly slug: string;
  /** What the chart shows, without the on-screen instructions, for under the image. */
  readonly description: string;
  readonly legend: readonly ChartLegendEntry[];
  /** Exactly the numbers the chart draws, one row per bar, point or line value. */
  readonly table: () => CsvTable;
  /** Which chart an embed of it shows (embed.html?chart=…); without it, no Embed item. */
  readonly embed?: EmbedChart;
}

/** A chart ready to export: the panel's description plus what the frame knows. */
export interface ChartExport extends ChartExportSource {
  readonly title: string;
  /** True when the chart shows "No incidents match" instead of a drawing. */
  readonly isEmpty: boolean;
  /** The chart's drawn `<svg>` (Recharts' surface), or null while empty or still loading. */
  readonly findSvg: () => SVGSVGElement | null;
  /** The width of the chart area on screen, in CSS pixels. */
  readonly measureWidth: () => number;
  /**
   * Draws the same chart again, off screen and hidden from assistive technology, `width` CSS
   * pixels wide, whatever the screen: resolves once Recharts has drawn it. Call `release` when
   * done with the drawing.
   */
  readonly drawAt: (width: number) => Promise<OffscreenDrawing>;
}

/** A chart drawn off screen at a chosen width, for an export that must not depend on the screen. */
export interface OffscreenDrawing {
  readonly svg: SVGSVGElement;
  /** Removes the off-screen drawing. */
  readonly release: () => void;
}

/** Renders an export control for a chart (given by the page, so panels stay unaware of it). */
export type RenderChartExport = (chart: ChartExport) => ReactNode;
