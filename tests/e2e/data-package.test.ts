import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formattersFor } from '../../src/lib/format';
import { figureOf, inMonths, shippedIncidents } from '../support/shipped-data';
import { launchBrowser, openPage } from './browser';

// "Download data" in Chromium against the production build: the ZIP of a view filtered by typing
// its months key by key, unzipped here, checked against what the page shows, and its
// metadata.json validated against the committed JSON Schema.

const schema: Record<string, unknown> = JSON.parse(
  readFileSync('docs/data-package-metadata.schema.json', 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateMetadata = ajv.compile(schema);
/** How long to wait for the page to catch up on a busy machine (a wait, not a speed check). */
const PATIENCE = { timeout: 20_000 };
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Types `Mar`, →, `2025` into a month field one key at a time, as a person would. */
async function typeMonth(page: Page, label: string, month: string, year: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(month, { delay: 20 });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(year, { delay: 20 });
}

/** Clicks a choice of "Download data" and returns the ZIP's files and name. */
async function downloadPackage(page: Page, buttonName: RegExp, choice: RegExp) {
  const table = page.getByRole('region', { name: 'Incidents' });
  await table.getByRole('button', { name: buttonName }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    table.getByRole('group').getByRole('button', { name: choice }).click(),
  ]);
  const files = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const text = (path: string) => {
    const bytes = files[path];
    if (!bytes) throw new Error(`${path} is not in the ZIP`);
    return UTF8.decode(bytes);
  };
  return { fileName: file.suggestedFilename(), paths: Object.keys(files).sort(), text };
}

function csvRows(text: string): Record<string, string>[] {
  // The credit line opens with the short citation, in the reader's language.
  expect(text).toMatch(/^\uFEFF# (Cite as|Citer)\s?: Crypto Theft Tracker \(/);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    newline: '\r\n',
    comments: '# ',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const sumUsd = (rows: readonly Record<string, string>[]) =>
  rows.reduce((cents, row) => cents + Math.round(Number(row.amount_usd) * 100), 0) / 100;

describe.each([
  {
    locale: 'en' as const,
    width: 1280,
    lang: '',
    labels: { from: 'From month', to: 'To month' },
    names: { button: /^Download data/, view: /^Filtered: /, all: /^Whole dataset: / },
    count: /^([\d,]+) of ([\d,]+) incidents$/,
  },
  {
    locale: 'fr' as const,
    width: 375,
    lang: '?lang=fr',
    labels: { from: 'De (mois)', to: 'À (mois)' },
    names: {
      button: /^Télécharger les données/,
      view: /^Filtrés : /,
      all: /^Jeu de données complet : /,
    },
    count: /^([\d\s\u202f]+) incidents sur ([\d\s\u202f]+)$/,
  },
])(
  '"Download data" in Chromium ($locale, $width px)',
  ({ locale, width, lang, labels, names, count }) => {
    const f = formattersFor(locale);
    const number = (text: string) => Number(text.replace(/[^\d]/g, ''));

    it('saves the typed view as a ZIP whose CSV has the table’s rows and the on-screen total', async () => {
      const { page, errors } = await openPage(browser, { width, height: 900 });
      await page.goto(`${inject('previewUrl')}/${lang}`);
      await page.getByRole('region', { name: /^(Totals|Totaux)$/ }).waitFor();
      if (width < 700) {
        const toggle = page.getByRole('button', { name: /^(Filters|Filtres)/ });
        if (await toggle.isVisible()) await toggle.click();
      }
      await typeMonth(page, labels.from, 'Mar', '2025');
      await typeMonth(page, labels.to, 'Jun', '2025');
      await expect.poll(() => new URL(page.url()).searchParams.get('to'), PATIENCE).toBe('2025-06');
      expect(new URL(page.url()).searchParams.get('from')).toBe('2025-03');

      // The table and the totals follow the typing a moment later: wait for the view's figures
      // (worked out here from the shipped data), then read them as a person would.
      const expected = figureOf(inMonths('2025-03', '2025-06'));
      const totals = page.getByRole('region', { name: /^(Totals|Totaux)$/ });
      const totalStolen = totals.locator('.stat').first().locator('dd');
      await expect
        .poll(() => totalStolen.textContent(), PATIENCE)
        .toContain(f.formatUsd(expected.totalUsd));
      const countText = page.getByRole('region', { name: 'Incidents' }).locator('.incidents-count');
      const readCount = async () => count.exec((await countText.textContent()) ?? '') ?? [];
      await expect
        .poll(async () => number((await readCount())[1] ?? ''), PATIENCE)
        .toBe(expected.count);
      const [, shown = '', total = ''] = await readCount();
      const totalText = (await totalStolen.textContent()) ?? '';

      const view = await downloadPackage(page, names.button, names.view);
      expect(view.fileName).toBe('crypto-theft-data_2025-03_2025-06.zip');
      expect(view.paths).toEqual(
        expect.arrayContaining([
          'README.md',
          'incidents.csv',
          'metadata.json',
          'charts/thefts-over-time_2025-03_2025-06.csv',
        ]),
      );
      expect(view.paths.filter((path) => path.startsWith('charts/'))).toHaveLength(5);
      const rows = csvRows(view.text('incidents.csv'));
      expect(rows).toHaveLength(number(shown));
      expect(rows.every(({ date = '' }) => date >= '2025-03-01' && date <= '2025-06-30')).toBe(
        true,
      );
      expect(totalText).toContain(f.formatUsd(sumUsd(rows)));

      const metadata: Record<string, unknown> = JSON.parse(view.text('metadata.json'));
      expect(validateMetadata(metadata), JSON.stringify(validateMetadata.errors)).toBe(true);
      expect(metadata).toMatchObject({ scope: 'view', language: locale, rowCount: rows.length });
      expect(view.text('README.md')).toContain(
        locale === 'en' ? '## How to cite' : '## Comment citer',
      );

      const all = await downloadPackage(page, names.button, names.all);
      const allRows = csvRows(all.text('incidents.csv'));
      expect(allRows).toHaveLength(number(total));
      expect(allRows).toHaveLength(shippedIncidents.length);
      expect(all.paths).toEqual(['README.md', 'incidents.csv', 'metadata.json']);
      expect(validateMetadata(JSON.parse(all.text('metadata.json')))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
