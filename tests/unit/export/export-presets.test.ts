import { describe, expect, it } from 'vitest';
import {
  A4_PIXEL_WIDTH,
  boxHeight,
  fitChart,
  pixelSize,
  PRESETS,
} from '../../../src/features/export/export-presets';

describe('export presets', () => {
  it.each([
    ['web', 1200, 675],
    ['square', 1080, 1080],
  ] as const)('%s: a box that, drawn at its scale, is exactly %i × %i pixels', (preset, w, h) => {
    const box = boxHeight(preset);
    if (box === null) throw new Error('no box');
    expect(pixelSize(preset, PRESETS[preset].layoutWidth, box)).toEqual({ width: w, height: h });
  });

  it('print: A4 width at 300 dpi (210 mm = 2480 px), as tall as the content at that scale', () => {
    expect(A4_PIXEL_WIDTH).toBe(Math.round((210 / 25.4) * 300));
    expect(boxHeight('print')).toBeNull();
    const { layoutWidth, scale } = PRESETS.print;
    expect(pixelSize('print', layoutWidth, 600)).toEqual({
      width: 2480,
      height: Math.ceil(600 * scale),
    });
    expect(layoutWidth * scale).toBe(2480);
  });

  it('as on screen: twice the CSS size, whatever it is', () => {
    expect(pixelSize('screen', 648, 401.5)).toEqual({ width: 1296, height: 803 });
    expect(boxHeight('screen')).toBeNull();
  });
});

describe('fitChart', () => {
  const base = { top: 100, footer: 60, contentWidth: 912, chartWidth: 912 };

  it.each([
    ['fits', 300, 1],
    ['is taller than the room (380 px)', 760, 0.5],
  ])('in a 540 px box, a chart that %s is drawn at %s of its size', (_, chartHeight, scale) => {
    const fit = fitChart({ ...base, boxHeight: 540, chartHeight });
    expect(fit.height).toBe(540);
    expect(fit.chartScale).toBeCloseTo(scale);
    expect(fit.chartTop).toBeGreaterThanOrEqual(base.top);
    expect(fit.chartTop + chartHeight * fit.chartScale).toBeLessThanOrEqual(fit.footerTop);
    expect(fit.footerTop + base.footer).toBeLessThanOrEqual(540);
    expect(fit.bodyScale).toBe(1);
  });

  it('keeps the credit line at the bottom of the box and centres a short chart in the room left', () => {
    const fit = fitChart({ ...base, boxHeight: 540, chartHeight: 200 });
    expect(fit.footerTop).toBe(480);
    expect(fit.chartTop - base.top).toBe(480 - (fit.chartTop + 200));
  });

  it('shrinks everything, never cuts it, when even the text is taller than the box', () => {
    const fit = fitChart({ ...base, top: 500, boxHeight: 540, chartHeight: 300 });
    expect(fit.bodyScale).toBeLessThan(1);
    expect((fit.footerTop + base.footer) * fit.bodyScale).toBeCloseTo(540);
  });

  it('lays a chart wider than the content smaller, keeping its proportions', () => {
    const fit = fitChart({ ...base, boxHeight: null, chartWidth: 1824, chartHeight: 400 });
    expect(fit.chartScale).toBe(0.5);
    expect(fit.height).toBe(100 + 200 + 60);
  });

  it('without a box, is as tall as its parts', () => {
    expect(fitChart({ ...base, boxHeight: null, chartHeight: 320 })).toEqual({
      height: 480,
      chartScale: 1,
      chartTop: 100,
      footerTop: 420,
      bodyScale: 1,
    });
  });
});
