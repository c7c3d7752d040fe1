import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import dataset from '../../mocks/data/incidents.json';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Box {
  readonly x: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
}

/** The drawn bars, the x-axis tick marks and the axis line of the timeline, in page pixels. */
async function geometry(page: Page) {
  const chart = page.locator('.timeline-bars').first();
  await chart.waitFor({ state: 'attached' });
  return page.evaluate(() => {
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x, width: r.width, top: r.top, bottom: r.bottom };
    };
    const figure = document.querySelector('.timeline-bars')?.closest('svg');
    if (!figure) throw new Error('no timeline svg');
    const bars = [...figure.querySelectorAll('.timeline-bar')].map(box);
    const ticks = [...figure.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick-line')]
      .map(box)
      .map((tick) => tick.x + tick.width / 2);
    const axis = figure.querySelector('.recharts-xAxis .recharts-cartesian-axis-line');
    return { bars, ticks, axisY: axis ? axis.getBoundingClientRect().top : null };
  });
}

/** The distinct bars: a period with DPRK and other thefts draws two stacked segments. */
function columns(bars: readonly Box[]): Box[] {
  const byX = new Map<string, Box>();
  for (const bar of bars) {
    const key = bar.x.toFixed(1);
    const seen = byX.get(key);
    byX.set(
      key,
      seen
        ? { ...seen, top: Math.min(seen.top, bar.top), bottom: Math.max(seen.bottom, bar.bottom) }
        : bar,
    );
  }
  return [...byX.values()].sort((a, b) => a.x - b.x);
}

const years = [...new Set(dataset.incidents.map((incident) => incident.date.slice(0, 4)))].sort();

describe('the timeline bars sit in their periods’ bands (Chromium)', () => {
  it.each([375, 1024, 1440])(
    'centres each year on its tick, evenly, on the axis at %i px',
    async (width) => {
      const { page } = await openPage(browser, { width, height: 900 });
      await page.goto(`${inject('previewUrl')}/?mode=yearly`);
      const { bars, ticks, axisY } = await geometry(page);
      const drawn = columns(bars);
      // Every year with incidents has a bar (years with none between them draw nothing).
      expect(drawn.length).toBeGreaterThan(0);
      expect(drawn.length).toBeLessThanOrEqual(years.length);
      const widths = drawn.map((bar) => bar.width);
      expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(0.5);
      // Bars never overlap, and each is centred on one of the axis's tick marks.
      drawn.slice(1).forEach((bar, at) => {
        const before = drawn[at];
        expect(bar.x).toBeGreaterThan((before?.x ?? 0) + (before?.width ?? 0));
      });
      // Every year has a band of the same width, drawn or not: bar centres sit on one grid, and
      // each tick mark (Recharts keeps fewer on a narrow screen) sits on that grid too.
      const centres = drawn.map((bar) => bar.x + bar.width / 2);
      const step = Math.min(...centres.slice(1).map((centre, at) => centre - (centres[at] ?? 0)));
      const offGrid = (position: number) => {
        const steps = (position - (centres[0] ?? 0)) / step;
        return Math.abs(steps - Math.round(steps)) * step;
      };
      for (const centre of centres) expect(offGrid(centre)).toBeLessThan(1);
      expect(ticks.length).toBeGreaterThan(0);
      for (const tick of ticks) expect(offGrid(tick)).toBeLessThan(1);
      // They stand on the axis line (a stacked segment stands on the one below it).
      expect(axisY).not.toBeNull();
      for (const bar of drawn) expect(Math.abs(bar.bottom - (axisY ?? 0))).toBeLessThan(1.5);
      await page.context().close();
    },
  );

  it('leaves the same share of each band empty on both sides of a month bar', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${inject('previewUrl')}/?from=2025-01&to=2025-06`);
    const { bars, ticks } = await geometry(page);
    const drawn = columns(bars);
    expect(drawn.length).toBeGreaterThan(1);
    const band = (ticks[1] ?? 0) - (ticks[0] ?? 0);
    for (const bar of drawn) expect(bar.width / band).toBeCloseTo(0.8, 1);
    await page.context().close();
  });
});
