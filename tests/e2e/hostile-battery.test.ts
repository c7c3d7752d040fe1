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
    'it is shown as text, never linked, and the notice says why',
    async () => {
      const { page } = await openWith([makeIncident()], '/', {
        sources: [
          { name: 'Leaky source', url: 'https://user:pass@example.org/', incidentCount: 1 },
        ],
      });
      await page.locator('summary', { hasText: 'About the data' }).click();
      await page.getByRole('table', { name: 'Sources' }).getByText('Leaky source').waitFor();
      expect(await page.locator('a[href*="@"]').count()).toBe(0);
      expect(await page.getByRole('status').allTextContents()).toEqual(
        expect.arrayContaining([
          expect.stringContaining(
            'Source 1 (“Leaky source”) is listed without its link, which carries a user name or password.',
          ),
        ]),
      );
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
  [
    'an impossible meta.firstDate, publishedEstimates: null and a count of 999',
    'every figure is shown, and a notice says what was derived',
    async () => {
      const { page } = await openWith([makeIncident({ amountUsd: 5e6 })], '/', {
        firstDate: '2025-02-30',
        count: 999,
        publishedEstimates: null,
      });
      const totals = page.getByRole('region', { name: 'Totals' });
      expect(await totals.textContent()).toContain('$5,000,000');
      const notice = page.getByRole('status').filter({ hasText: 'The description sent with' });
      expect(await notice.textContent()).toContain(
        'meta.firstDate is not a real calendar date; worked out from the incidents: 2025-01-15.',
      );
      expect(await notice.textContent()).toContain(
        'The data announced 999 incidents but 1 row arrived.',
      );
    },
  ],
  [
    '100,000 rows that all lack amountUsd, beside one valid row',
    'one line for the reason, and typing in the search still applies',
    async () => {
      const amountless = Array.from({ length: 100_000 }, (_, i) =>
        Object.fromEntries(
          Object.entries(makeIncident({ id: `n${i}` })).filter(([key]) => key !== 'amountUsd'),
        ),
      );
      const { page } = await openWith([
        makeIncident({ id: 'ok', name: 'Only valid' }),
        ...amountless,
      ]);
      const report = page.getByRole('alert').filter({ hasText: 'incidents were skipped' });
      await report.getByText('Show the skipped rows').click();
      const groups = report.getByRole('list', { name: 'Skipped rows by reason' });
      expect(await groups.getByRole('listitem').count()).toBe(1);
      expect(await groups.textContent()).toContain('100,000 rows: amountUsd is missing');
      expect(
        await report.getByRole('table', { name: 'Skipped rows' }).getByRole('row').count(),
      ).toBe(6);
      await page.getByRole('searchbox', { name: 'Search incidents' }).pressSequentially('zzz');
      await page.getByText('0 of 1 incidents').waitFor();
    },
  ],
  [
    'an endpoint that fails with a 503, then stalls',
    'the page says it is still waiting (attempt 2 of 4) while it retries',
    async () => {
      const opened = await openPage(browser);
      let calls = 0;
      await opened.page.route('**/api/incidents', async (route) => {
        calls += 1;
        if (calls === 1) await route.fulfill({ status: 503, body: 'busy' });
        // Later attempts never answer: the request is left pending.
      });
      await opened.page.goto(inject('previewUrl'));
      const waiting = opened.page.getByText(
        'Still waiting for the data endpoint (attempt 2 of 4).',
      );
      await waiting.waitFor();
      expect(await waiting.textContent()).toContain('HTTP 503');
    },
  ],
  [
    'incidents in the years 0100 and 9999 only',
    'two year presets, not 9,900',
    async () => {
      const { page } = await openWith([
        makeIncident({ id: 'old', date: '0100-01-01' }),
        makeIncident({ id: 'new', date: '9999-12-31' }),
      ]);
      const presets = page.getByRole('group', { name: 'Month presets' }).getByRole('button');
      expect(await presets.allTextContents()).toEqual(expect.arrayContaining(['9999', '0100']));
      expect(await presets.count()).toBe(5);
    },
  ],
  [
    'a search typed key by key past 100 characters',
    'the search stops at 100 characters with a notice, and the address stays under 2,000',
    async () => {
      const { page } = await openWith([makeIncident()]);
      const search = page.getByRole('searchbox', { name: 'Search incidents' });
      await search.pressSequentially('語'.repeat(101));
      await page.getByText('Search is limited to 100 characters').waitFor();
      expect(await search.inputValue()).toBe('語'.repeat(100));
      expect(page.url().length).toBeLessThanOrEqual(2_000);
    },
  ],
];

describe('the hostile battery in Chromium (production build)', () => {
  it.each(CASES)('%s: %s', async (_name, _expected, run) => {
    await run();
  });
});
