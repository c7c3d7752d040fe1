import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import dataset from '../../mocks/data/incidents.json';
import { launchBrowser, openPage } from './browser';
import { pngSize } from './png';

// Chart images at the fixed presets, from the production build in Chromium: their exact pixel
// sizes, the same file from a phone and from a desktop, a transparent background, the SVG's
// title and description, the credit line's citation and "Copy image".

const PRESETS = [
  { item: 'PNG, web 16:9 (1200 × 675)', width: 1200, height: 675 as number | null },
  { item: 'PNG, square (1080 × 1080)', width: 1080, height: 1080 },
  { item: 'PNG, print (A4 width, 300 dpi)', width: 2480, height: null },
] as const;
const CHARTS = ['Thefts over time', 'Largest incidents', 'By technique'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function open(width: number) {
  const { page, errors } = await openPage(browser, { width, height: 900 });
  await page.goto(`${inject('previewUrl')}/?from=2025-01&to=2025-09&attribution=DPRK`);
  await page.getByRole('region', { name: 'Totals' }).waitFor();
  await page
    .getByRole('figure', { name: 'By technique' })
    .locator('.recharts-wrapper svg')
    .waitFor();
  return { page, errors };
}

async function exportItem(page: Page, chart: string, item: string) {
  await page.getByRole('button', { name: `Export ${chart}` }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menu').getByRole('menuitem', { name: item }).click(),
  ]);
  return { fileName: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The alpha of the top-left pixel and of the one at the image's centre. */
async function alphas(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let opaque = 0;
    for (let at = 3; at < pixels.length; at += 4) if ((pixels[at] ?? 0) > 0) opaque += 1;
    return { corner: pixels[3], opaque };
  }, bytes.toString('base64'));
}

describe('chart images at a chosen size', () => {
  it.each(CHARTS)('"%s": each preset PNG has the exact pixel size', async (chart) => {
    const { page, errors } = await open(1440);
    for (const preset of PRESETS) {
      const file = await exportItem(page, chart, preset.item);
      const size = pngSize(file.bytes);
      expect(size.width).toBe(preset.width);
      if (preset.height === null) expect(size.height).toBeGreaterThan(0);
      else expect(size.height).toBe(preset.height);
    }
    // The drawing made for the export is gone once the file is made.
    expect(await page.locator('.chart-offscreen').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('makes the same file on a 375 px phone as on a 1440 px desktop', async () => {
    const phone = await open(375);
    const desktop = await open(1440);
    for (const chart of CHARTS) {
      for (const preset of PRESETS) {
        const fromPhone = await exportItem(phone.page, chart, preset.item);
        const fromDesktop = await exportItem(desktop.page, chart, preset.item);
        expect(fromPhone.fileName).toBe(fromDesktop.fileName);
        expect(pngSize(fromPhone.bytes)).toEqual(pngSize(fromDesktop.bytes));
        expect(fromPhone.bytes.equals(fromDesktop.bytes)).toBe(true);
      }
    }
    // The chart on the phone's screen really is narrower than the one the export drew.
    const onPhone = await phone.page
      .getByRole('figure', { name: 'Thefts over time' })
      .locator('.recharts-wrapper > svg')
      .boundingBox();
    expect(onPhone?.width).toBeLessThan(400);
    expect([...phone.errors, ...desktop.errors]).toEqual([]);
  });

  it('leaves the background out of a PNG when "Transparent background" is ticked', async () => {
    const { page, errors } = await open(1440);
    const solid = await exportItem(page, 'Thefts over time', PRESETS[0].item);
    expect((await alphas(page, solid.bytes)).corner).toBe(255);
    await page.getByRole('button', { name: 'Export Thefts over time' }).click();
    const toggle = page.getByRole('menuitemcheckbox', { name: 'Transparent background (PNG)' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('Escape');
    const clear = await exportItem(page, 'Thefts over time', PRESETS[0].item);
    expect(pngSize(clear.bytes)).toEqual({ width: 1200, height: 675 });
    const pixels = await alphas(page, clear.bytes);
    expect(pixels.corner).toBe(0);
    expect(pixels.opaque).toBeGreaterThan(1000); // the bars and the text are still drawn
    expect(errors).toEqual([]);
  });

  it('gives the SVG a <title>, a <desc> and the short citation in its credit line', async () => {
    const { page, errors } = await open(1440);
    const file = await exportItem(page, 'Thefts over time', 'SVG image');
    const facts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        title: doc.querySelector(':root > title')?.textContent,
        desc: doc.querySelector(':root > desc')?.textContent,
        texts: [...doc.querySelectorAll('text')].map((node) => node.textContent ?? ''),
      };
    }, file.bytes.toString('utf8'));
    expect(facts.title).toBe('Thefts over time');
    const summary = await page
      .getByRole('figure', { name: 'Thefts over time' })
      .getAttribute('aria-describedby');
    expect(summary).not.toBeNull();
    expect(facts.desc?.length).toBeGreaterThan(10);
    const version = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(new Date(`${dataset.meta.version}T00:00:00Z`));
    const citation = `Cite as: Crypto Theft Tracker (dataset of ${version})`;
    const credit = facts.texts.find((text) => text.startsWith('Cite as:'));
    expect(credit?.startsWith(`${citation} · data: DeFiHackLabs`)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('writes every name in full in an export from a phone, though the axis cuts them on screen', async () => {
    const { page, errors } = await open(375);
    const figure = page.getByRole('figure', { name: 'Largest incidents' });
    // What the axis shows: each tick's text without its <title> (the full name, read on hover).
    const cutOnScreen = await figure.locator('text.chart-tick').evaluateAll((ticks) =>
      ticks.map((tick) =>
        [...tick.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join(''),
      ),
    );
    await figure.getByText('Data table: Largest incidents').click();
    await figure.locator('table tbody th').first().waitFor();
    const names = await figure.locator('table tbody th').allTextContents();
    expect(cutOnScreen.some((label) => label.includes('…'))).toBe(true); // the case being checked
    const file = await exportItem(page, 'Largest incidents', 'SVG image');
    const labels = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return [...doc.querySelectorAll('text.chart-tick')].map((node) => node.textContent);
    }, file.bytes.toString('utf8'));
    // Names are isolated (FSI … PDI) in the file as on screen; the table shows them plain.
    expect(labels.map((label) => label?.replace(/[\u2066-\u2069]/g, ''))).toEqual(
      names.map((name, at) => `${at + 1}. ${name}`),
    );
    expect(errors).toEqual([]);
  });

  it('"Copy image" puts a PNG of the chart on the clipboard', async () => {
    const { page, errors } = await open(1440);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Export By technique' }).click();
    await page.getByRole('menuitem', { name: 'Copy image' }).click();
    await page.getByRole('status').filter({ hasText: 'Image copied to the clipboard.' }).waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const blob = await item.getType('image/png');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return { types: item.types, head: [...bytes.subarray(0, 24)] };
    });
    expect(copied?.types).toContain('image/png');
    const bytes = Buffer.from(copied?.head ?? []);
    expect(pngSize(bytes).width).toBeGreaterThan(300);
    expect(errors).toEqual([]);
  });
});
