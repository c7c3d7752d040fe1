import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeIncident } from '../../mocks/fixtures/make-incident';
import { incidentsResponse } from '../../mocks/fixtures/responses';
import { launchBrowser, openPage } from './browser';

// The exported PNG keeps a right-to-left override (U+202E) inside the name it is in. With the
// override isolated, `Evil ‮Exchange` is drawn "Evil egnahcxE" and the text after it (the closing
// quote of "Search: “…”" in the caption) stays after it; a leaking override would draw that quote
// before the reversed word. So the PNG of a view named and searched with the override must be
// the PNG of the same view with the plain text "Evil egnahcxE", and differ from the one with
// "Evil Exchange" (which shows the comparison sees the text at all).
//
// "The same" allows for anti-aliasing: the override splits the text into separately shaped runs,
// so glyph edges differ slightly (here by at most a quarter of the range). A glyph moved or
// changed differs at full contrast, ink against background; so no pixel may differ by more than
// half the range.

const RLO = '\u202E';
const WITH_OVERRIDE = `Evil ${RLO}Exchange`;
const AS_DRAWN = 'Evil egnahcxE';
const PLAIN = 'Evil Exchange';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const FULL_CONTRAST = 128;

/** Decodes two PNGs in Chromium: whether their sizes match, and how many pixels differ by more
 * than half the range in a colour channel. */
async function strongDifferences(
  a: Buffer,
  b: Buffer,
): Promise<{ sameSize: boolean; strong: number }> {
  const { page } = await openPage(browser);
  const result = await page.evaluate(
    async ([first, second, threshold]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no canvas');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
      };
      const [x, y] = [await pixels(first), await pixels(second)];
      if (x.width !== y.width || x.height !== y.height) return { sameSize: false, strong: -1 };
      let strong = 0;
      for (let at = 0; at < x.data.length; at += 4) {
        for (let channel = 0; channel < 3; channel += 1) {
          const delta = Math.abs((x.data[at + channel] ?? 0) - (y.data[at + channel] ?? 0));
          if (delta > threshold) {
            strong += 1;
            break;
          }
        }
      }
      return { sameSize: true, strong };
    },
    [a.toString('base64'), b.toString('base64'), FULL_CONTRAST] as const,
  );
  await page.close();
  return result;
}

/** Opens a view of one incident named and searched `name`; returns the PNG and SVG exports. */
async function exportsOf(name: string): Promise<{ png: Buffer; svg: string }> {
  const { page, errors } = await openPage(browser);
  const body = JSON.stringify(
    incidentsResponse([makeIncident({ id: 'n', date: '2025-03-10', name, amountUsd: 9e8 })]),
  );
  await page.route('**/api/incidents', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto(`${inject('previewUrl')}/?q=${encodeURIComponent(name)}`);
  const figure = page.getByRole('figure', { name: 'Largest incidents' });
  await figure.locator('.recharts-bar-rectangle').first().waitFor();
  const download = async (item: string) => {
    await page.getByRole('button', { name: 'Export Largest incidents' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menu').getByRole('menuitem', { name: item }).click(),
    ]);
    return readFileSync(await file.path());
  };
  const png = await download('PNG image');
  const svg = (await download('SVG image')).toString('utf8');
  expect(errors).toEqual([]);
  await page.close();
  return { png, svg };
}

describe('a PNG export of a name with a right-to-left override (Chromium)', () => {
  it('draws the override inside the name only: the same image as the name drawn plainly', async () => {
    const override = await exportsOf(WITH_OVERRIDE);
    const drawn = await exportsOf(AS_DRAWN);
    const plain = await exportsOf(PLAIN);
    const sensitivity = await strongDifferences(plain.png, drawn.png);
    expect(sensitivity.sameSize).toBe(true);
    expect(sensitivity.strong).toBeGreaterThan(0);
    expect(await strongDifferences(override.png, drawn.png)).toEqual({ sameSize: true, strong: 0 });
    // The SVG that is rasterised holds the name between FSI and PDI.
    expect(override.svg).toContain(`Search: “\u2068${WITH_OVERRIDE}\u2069”`);
  });
});
