import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeIncident } from '../../mocks/fixtures/make-incident';
import { incidentsResponse } from '../../mocks/fixtures/responses';
import { launchBrowser, openPage } from './browser';

// The browser half of the hostile battery (the unit half is tests/unit/hostile/battery.test.ts):
// cases a layout, a bidi algorithm or a real download is needed for, each with its outcome.

const RLO = '\u202E';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openWith(rows: readonly unknown[], path = '/', meta: object = {}) {
  const opened = await openPage(browser);
  const body = JSON.stringify({
    ...incidentsResponse(rows),
    meta: { ...incidentsResponse(rows).meta, ...meta },
  });
  await opened.page.route('**/api/incidents', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await opened.page.goto(`${inject('previewUrl')}${path}`);
  await opened.page.getByRole('region', { name: 'Totals' }).waitFor();
  await opened.page.getByRole('figure', { name: 'Largest incidents' }).waitFor();
  return opened;
}

/**
 * Whether the text after the summary's first <bdi> is drawn after it: to its right on the same
 * line, or on a later line. A leaking right-to-left override draws it to the left instead.
 */
function isDrawnAfterName(page: Page, figure: string) {
  return page.evaluate((name) => {
    const fig = [...document.querySelectorAll('figure')].find((f) =>
      f.querySelector('h2')?.textContent?.includes(name),
    );
    const bdi = fig?.querySelector('.chart-summary bdi');
    const after = bdi?.nextSibling;
    if (!bdi || !after) return null;
    const range = document.createRange();
    range.selectNodeContents(after);
    const first = range.getClientRects()[0];
    const nameRects = bdi.getClientRects();
    const last = nameRects[nameRects.length - 1];
    if (!first || !last) return null;
    return first.top > last.top + 1 || first.left >= last.right - 1;
  }, figure);
}

const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));

const CASES: readonly (readonly [string, string, () => Promise<void>])[] = [
  [
    'a right-to-left override (U+202E) in a name',
    'the amount and date after it stay to its right, in order',
    async () => {
      const { page, errors } = await openWith([
        makeIncident({
          id: 'rlo',
          date: '2025-03-10',
          name: `Evil${RLO} Exchange`,
          amountUsd: 9e8,
        }),
      ]);
      expect(await isDrawnAfterName(page, 'Largest incidents')).toBe(true);
      expect(errors).toEqual([]);
    },
  ],
  [
    'a right-to-left override in a technique',
    'the "By technique" summary keeps its amount and share after the name',
    async () => {
      const { page } = await openWith([
        makeIncident({ id: 't', technique: `${RLO}phishing kit`, amountUsd: 5e6 }),
      ]);
      expect(await isDrawnAfterName(page, 'By technique')).toBe(true);
    },
  ],
  [
    'a 1 MB name',
    'the page is no wider than the window; the summary sentence is clipped',
    async () => {
      const { page } = await openWith([
        makeIncident({ id: 'huge', name: 'N'.repeat(1_000_000), amountUsd: 5e6 }),
      ]);
      const { scroll, view } = await pageWidth(page);
      expect(scroll).toBeLessThanOrEqual(view);
      const summary = await page.locator('.chart-summary').first().textContent();
      expect(summary?.length ?? 0).toBeLessThan(300);
    },
  ],
  [
    'a 300-character word in the name, technique, chain and attribution',
    'nothing widens the page, with the filters applied as chips',
    async () => {
      const word = 'W'.repeat(300);
      const { page } = await openWith(
        [
          makeIncident({
            id: 'w',
            name: word,
            technique: 'T'.repeat(200),
            chains: ['C'.repeat(200)],
            attribution: 'A'.repeat(200),
          }),
        ],
        `/?technique=${'T'.repeat(200)}&chain=${'C'.repeat(200)}&attribution=${'A'.repeat(200)}&q=${'W'.repeat(100)}`,
      );
      await page.getByRole('button', { name: 'W'.repeat(300), exact: true }).click();
      await page.getByRole('dialog').waitFor();
      const { scroll, view } = await pageWidth(page);
      expect(scroll).toBeLessThanOrEqual(view);
    },
  ],
  [
    'a source link with credentials in meta.sources',
    'it is shown as text and never linked',
    async () => {
      const { page } = await openWith([makeIncident()], '/', {
        sources: [
          { name: 'Leaky source', url: 'https://user:pass@example.org/', incidentCount: 1 },
        ],
      });
      await page.locator('summary', { hasText: 'About the data' }).click();
      await page.getByText('Leaky source').waitFor();
      expect(await page.locator('a[href*="@"]').count()).toBe(0);
    },
  ],
  [
    'an SVG export of a view searched for a right-to-left override',
    'the caption holds the search between FSI and PDI, so the override stays inside it',
    async () => {
      const { page } = await openWith(
        [makeIncident({ id: 'e', name: `Evil${RLO} Exchange`, amountUsd: 9e8 })],
        `/?q=${encodeURIComponent(`Evil${RLO}`)}`,
      );
      await page.getByRole('button', { name: 'Export Largest incidents' }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menu').getByRole('menuitem', { name: 'SVG image' }).click(),
      ]);
      const svg = readFileSync(await file.path(), 'utf8');
      expect(svg).toContain(`Search: “\u2068Evil${RLO}\u2069”`);
      expect(svg).toContain(`1. \u2068Evil${RLO} Exchange\u2069`);
    },
  ],
  [
    'a CSV download of a name with a right-to-left override',
    'the name comes back byte for byte',
    async () => {
      const name = `Evil${RLO} Exchange`;
      const { page } = await openWith([makeIncident({ id: 'csv', name, amountUsd: 9e8 })]);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      expect(readFileSync(await file.path(), 'utf8')).toContain(name);
    },
  ],
];

describe('the hostile battery in Chromium (production build)', () => {
  it.each(CASES)('%s: %s', async (_name, _expected, run) => {
    await run();
  });
});
