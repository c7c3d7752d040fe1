import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const FRENCH_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.'];

async function open(width: number, path: string): Promise<Page> {
  const { page } = await openPage(browser, { width, height: 900 });
  await page.goto(`${inject('previewUrl')}${path}`);
  await page.locator('.later-panels[aria-busy="false"] .recharts-surface').first().waitFor();
  return page;
}

/** The x-axis tick texts of a figure's chart. */
const xTicks = (page: Page, name: string) =>
  page
    .getByRole('figure', { name })
    .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .allTextContents();

/** Texts drawn (partly) outside their chart's surface: cut off on screen. */
const clippedTexts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.recharts-surface')].flatMap((surface) => {
      const box = surface.getBoundingClientRect();
      return [...surface.querySelectorAll('text')]
        .filter((text) => {
          const r = text.getBoundingClientRect();
          return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
        })
        .map((text) => text.textContent ?? '');
    }),
  );

/** Pairs of value-axis tick and axis title that overlap. */
const titleOverlaps = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.recharts-wrapper')].flatMap((axis) => {
      const title = axis
        .querySelector('.recharts-yAxis .recharts-label, .recharts-label[transform*="rotate"]')
        ?.getBoundingClientRect();
      if (!title) return [];
      return [
        ...axis.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
      ]
        .filter((tick) => {
          const r = tick.getBoundingClientRect();
          return (
            r.left < title.right &&
            r.right > title.left &&
            r.top < title.bottom &&
            r.bottom > title.top
          );
        })
        .map((tick) => tick.textContent ?? '');
    }),
  );

describe.each([1440, 375])('the charts’ text in French at %i px (Chromium)', (width) => {
  it('labels months, keeps bar values and axis titles whole, and steps in round amounts', async () => {
    const page = await open(width, '/?lang=fr&from=2025-01&to=2025-09');
    const timeline = await xTicks(page, 'Vols au fil du temps');
    if (width >= 1024) {
      expect(timeline).toEqual(['janv. 2025', ...FRENCH_MONTHS.slice(1)]);
      expect(await xTicks(page, 'Montant volé cumulé par année')).toEqual(
        expect.arrayContaining(['mars', 'sept.']),
      );
    } else {
      expect(timeline[0]).toBe('janv. 2025');
    }
    expect(await clippedTexts(page)).toEqual([]);
    expect(await titleOverlaps(page)).toEqual([]);
    const values = await page
      .getByRole('figure', { name: 'Vols au fil du temps' })
      .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .allTextContents();
    // Round steps (Chromium's French compact format; spaces are no-break spaces).
    expect(values.slice(0, 3).map((value) => value.replace(/\s/g, ' '))).toEqual([
      '0 $US',
      '500 M $US',
      '1 Md $US',
    ]);
    await page.close();
  });
});

describe.each([1440, 375])('the charts’ text in English at %i px (Chromium)', (width) => {
  it('keeps bar values and axis titles whole on the all-time view', async () => {
    const page = await open(width, '/?lang=en');
    expect(await clippedTexts(page)).toEqual([]);
    expect(await titleOverlaps(page)).toEqual([]);
    await page.close();
  });
});
