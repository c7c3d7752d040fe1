// The sizes a chart image can be exported at, and how its parts are fitted into a fixed box.
// Pure: the same numbers on a phone and on a desktop.

/** `screen` keeps the width the chart has on screen; the others do not depend on the screen. */
export type ExportPreset = 'screen' | 'web' | 'square' | 'print';

export interface PresetSize {
  /** The width the image is laid out at, in CSS pixels (what the chart is drawn at). */
  readonly layoutWidth: number;
  /** Image pixels per CSS pixel. */
  readonly scale: number;
  /** The image's exact pixel width. */
  readonly pixelWidth: number;
  /** Its exact pixel height; null: the content's own height at that width. */
  readonly pixelHeight: number | null;
}

/** Image pixels per CSS pixel in an "as on screen" PNG: sharp in a report or on a slide. */
export const SCREEN_SCALE = 2;

/** A4 is 210 mm wide: at 300 dpi, 210 / 25.4 × 300 = 2480 pixels. */
export const A4_PIXEL_WIDTH = 2480;
/** A4's width at CSS's 96 dpi, rounded: 210 / 25.4 × 96 = 793.7. */
const A4_LAYOUT_WIDTH = 794;

/**
 * The fixed presets. Web and square are laid out at a size where the text reads as on a page
 * (960 × 540 and 540 × 540 CSS pixels), then drawn at 1.25× and 2×; print is laid out at A4's
 * width and drawn at 300 dpi, as tall as its content.
 */
export const PRESETS: Readonly<Record<Exclude<ExportPreset, 'screen'>, PresetSize>> = {
  web: { layoutWidth: 960, scale: 1.25, pixelWidth: 1200, pixelHeight: 675 },
  square: { layoutWidth: 540, scale: 2, pixelWidth: 1080, pixelHeight: 1080 },
  print: {
    layoutWidth: A4_LAYOUT_WIDTH,
    scale: A4_PIXEL_WIDTH / A4_LAYOUT_WIDTH,
    pixelWidth: A4_PIXEL_WIDTH,
    pixelHeight: null,
  },
};

/** The pixel size of an image laid out `width` × `height` CSS pixels at a preset (or on screen). */
export function pixelSize(
  preset: ExportPreset,
  width: number,
  height: number,
): { width: number; height: number } {
  if (preset === 'screen') {
    return { width: Math.ceil(width * SCREEN_SCALE), height: Math.ceil(height * SCREEN_SCALE) };
  }
  const size = PRESETS[preset];
  return { width: size.pixelWidth, height: size.pixelHeight ?? Math.ceil(height * size.scale) };
}

/** The box's height in CSS pixels, or null when the image is as tall as its content. */
export function boxHeight(preset: ExportPreset): number | null {
  if (preset === 'screen') return null;
  const size = PRESETS[preset];
  return size.pixelHeight === null ? null : size.pixelHeight / size.scale;
}

export interface FitInput {
  /** The box's height; null: as tall as the content. */
  readonly boxHeight: number | null;
  /** Where the chart may start: below the title, caption and legend. */
  readonly top: number;
  /** Height of what goes below the chart (description, credit and the bottom margin). */
  readonly footer: number;
  readonly contentWidth: number;
  readonly chartWidth: number;
  readonly chartHeight: number;
}

export interface Fit {
  /** The image's height in CSS pixels (the box's when there is one). */
  readonly height: number;
  /** The chart's drawn size relative to its own (1: as drawn; below 1: laid smaller). */
  readonly chartScale: number;
  readonly chartTop: number;
  readonly footerTop: number;
  /** Below 1 only when even the text alone is taller than the box: everything is shrunk. */
  readonly bodyScale: number;
}

/** The chart is laid smaller down to this share of its size before the text is shrunk too. */
const MIN_CHART_SCALE = 0.4;

/**
 * Fits the chart between the text above and below it. The chart is never wider than the
 * content; in a fixed box it is laid smaller when the content would be taller than the box,
 * and centred in the room left when it is shorter (the credit line stays at the bottom). Text
 * is never cut: when even a chart at {@link MIN_CHART_SCALE} leaves no room, the whole image is
 * shrunk to fit.
 */
export function fitChart(input: FitInput): Fit {
  const { top, footer, contentWidth, chartWidth, chartHeight } = input;
  const widthScale = chartWidth > contentWidth ? contentWidth / chartWidth : 1;
  if (input.boxHeight === null) {
    const height = top + chartHeight * widthScale + footer;
    return {
      height,
      chartScale: widthScale,
      chartTop: top,
      footerTop: top + chartHeight * widthScale,
      bodyScale: 1,
    };
  }
  const box = input.boxHeight;
  const room = box - top - footer;
  const fitted = Math.min(widthScale, chartHeight > 0 ? room / chartHeight : 1);
  const chartScale = Math.min(widthScale, Math.max(MIN_CHART_SCALE, fitted));
  const drawn = chartHeight * chartScale;
  const natural = top + drawn + footer;
  if (natural > box) {
    return {
      height: box,
      chartScale,
      chartTop: top,
      footerTop: top + drawn,
      bodyScale: box / natural,
    };
  }
  return {
    height: box,
    chartScale,
    chartTop: top + (room - drawn) / 2,
    footerTop: box - footer,
    bodyScale: 1,
  };
}
