import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { incidentsResponseSchema } from '../../src/data/incident-schema';
import { launchBrowser, openPage } from './browser';
import { pngSize } from './png';
import dataset from '../../mocks/data/incidents.json';
import { figureOf, inMonths, isDprkAttributed } from '../support/shipped-data';

// Real downloads from the production build: every chart's PNG, SVG and CSV, and the table's CSV
// and JSON, checked against what the page shows.

const EXPORT_DIR = 'test-results/exports';
const DPRK_VIEW = '/?from=2025-01&to=2025-09&attribution=DPRK';
const VIEWS = [
  { name: 'all time', path: '/', caption: 'All incidents · All time (Jun 2011 – Aug 2026)' },
  {
    name: 'DPRK Jan–Sep 2025',
    path: DPRK_VIEW,
    caption: 'Attributed to DPRK · Jan 2025 – Sep 2025',
  },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(EXPORT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

interface Download {
  readonly fileName: string;
  readonly bytes: Buffer;
}

async function open(path: string) {
  const { page, errors } = await openPage(browser);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${inject('previewUrl')}${path}`);
  await page.getByRole('region', { name: 'Totals' }).waitFor();
  return { page, errors, requests };
}

async function download(page: Page, control: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), control.click()]);
  const result = { fileName: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  // Kept for a person to look at (the DPRK view's images are the ones to check by eye).
  writeFileSync(`${EXPORT_DIR}/${result.fileName}`, result.bytes);
  return result;
}

async function exportChart(page: Page, title: string, item: string): Promise<Download> {
  await page.getByRole('button', { name: `Export ${title}` }).click();
  return download(page, page.getByRole('menu').getByRole('menuitem', { name: item }));
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const formatDay = (key: string) => DAY.format(new Date(`${key}T00:00:00Z`));

/**
 * Parses CSV bytes (BOM, credit line, header, CRLF) into records; fails on a missing BOM, a
 * missing credit line (how current the data is, as under the images) or a parse error.
 */
function parseCsv(bytes: Buffer): { fields: string[]; rows: Record<string, string>[] } {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const credit = text.slice(0, text.indexOf('\r\n'));
  expect(credit).toMatch(
    /^# Cite as: Crypto Theft Tracker \(dataset of [^)]+\) · data: DeFiHackLabs, /,
  );
  expect(credit).toContain(
    `(dataset of ${formatDay(dataset.meta.version)}) · data: DeFiHackLabs, `,
  );
  expect(credit).toContain(
    `data to ${formatDay(dataset.meta.lastDate)}, exported ${formatDay(new Date().toISOString().slice(0, 10))}`,
  );
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    newline: '\r\n',
    delimiter: ',',
    comments: '# ',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Decodes the PNG in Chromium and counts pixels: not white, and close to the DPRK red. */
async function countPixels(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let inked = 0;
    let red = 0;
    let transparent = 0;
    for (let at = 0; at < pixels.length; at += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = pixels.subarray(at, at + 4);
      if (a < 255) transparent += 1;
      if (r < 240 || g < 240 || b < 240) inked += 1;
      if (Math.abs(r - 0xb4) < 12 && Math.abs(g - 0x23) < 12 && Math.abs(b - 0x3c) < 12) red += 1;
    }
    return { total: pixels.length / 4, inked, red, transparent };
  }, bytes.toString('base64'));
}

interface SvgFacts {
  readonly parseError: boolean;
  readonly xmlns: string | null;
  readonly viewBox: string | null;
  readonly width: number;
  readonly height: number;
  readonly fontFamily: string | null;
  readonly texts: string[];
  readonly outsideReferences: string[];
  readonly barXs: string[];
  readonly lines: number;
  /** Bars filled with a hatching `<pattern>` that the file itself defines. */
  readonly hatchedBars: number;
}

/** Parses an SVG with the browser's DOMParser and reads what the checks need. */
async function readSvg(page: Page, bytes: Buffer): Promise<SvgFacts> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const all = [...doc.querySelectorAll('*')];
    const outsideReferences = all.flatMap((element) =>
      [...element.attributes]
        .filter(
          ({ name, value }) =>
            ((name === 'href' || name.endsWith(':href')) && !value.startsWith('#')) ||
            /url\(\s*(?!['"]?#)/i.test(value),
        )
        .map(({ name, value }) => `${element.tagName} ${name}=${value}`),
    );
    const scripts = all.filter((element) => /^(script|foreignObject)$/i.test(element.tagName));
    return {
      parseError: doc.querySelector('parsererror') !== null,
      xmlns: root.getAttribute('xmlns'),
      viewBox: root.getAttribute('viewBox'),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      fontFamily: root.getAttribute('font-family'),
      texts: [...doc.querySelectorAll('text, title')].map((node) => node.textContent ?? ''),
      outsideReferences: [...outsideReferences, ...scripts.map((element) => element.tagName)],
      // One element per drawn bar segment; stacked segments of one period share their x.
      barXs: [...doc.querySelectorAll('.timeline-bar, .recharts-bar-rectangle path')].map(
        (bar) => bar.getAttribute('x') ?? '',
      ),
      lines: doc.querySelectorAll('.recharts-line-curve').length,
      hatchedBars: [...doc.querySelectorAll('.timeline-bar, .recharts-bar-rectangle path')].filter(
        (bar) => {
          const id = /url\(\s*['"]?#([^'")]+)/.exec(bar.getAttribute('fill') ?? '')?.[1];
          return id !== undefined && doc.getElementById(id)?.tagName === 'pattern';
        },
      ).length,
    };
  }, bytes.toString('utf8'));
}

/** The exact "Total stolen" (its hover text), e.g. `$2,030,416,020.5` as 2030416020.5. */
async function exactTotal(page: Page): Promise<number> {
  const stat = page.locator('.stat', { hasText: 'Total stolen' });
  const text = await stat.locator('.amount-exact').textContent();
  return Number((text ?? '').replace(/[$,]/g, ''));
}

const cents = (usd: number) => Math.round(usd * 100);
const sum = (rows: Record<string, string>[], field: string) =>
  rows.reduce((total, row) => total + Number(row[field]), 0);

describe.each(VIEWS)('exports of the $name view in Chromium', ({ path, caption }) => {
  const isDprk = path === DPRK_VIEW;
  const suffix = isDprk ? '2025-01_2025-09_dprk' : 'all-time';
  // One page per view: the downloads do not change it (the URL and filters stay as they are).
  let view: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    view = await open(path);
  });

  it('"Thefts over time": PNG, SVG and CSV match the chart on screen', async () => {
    const { page, errors, requests } = view;
    const figure = page.getByRole('figure', { name: 'Thefts over time' });
    const surface = figure.locator('.recharts-wrapper > svg');
    await figure.locator('.timeline-bar').first().waitFor();
    expect(requests.filter((url) => url.includes('run-chart-export'))).toEqual([]);
    const onScreen = await surface.boundingBox();
    if (!onScreen) throw new Error('The chart is not on screen');
    const barsOnScreen = await figure.locator('.timeline-bar').count();

    const csvFile = await exportChart(page, 'Thefts over time', 'CSV data');
    expect(requests.some((url) => url.includes('run-chart-export'))).toBe(true); // loaded on use
    expect(csvFile.fileName).toBe(`thefts-over-time_${suffix}.csv`);
    const csv = parseCsv(csvFile.bytes);
    expect(csv.fields).toEqual(['period', 'dprk_usd', 'other_usd', 'total_usd', 'incident_count']);
    expect(cents(sum(csv.rows, 'total_usd'))).toBe(cents(await exactTotal(page)));
    for (const row of csv.rows) {
      expect(cents(Number(row.dprk_usd) + Number(row.other_usd))).toBe(
        cents(Number(row.total_usd)),
      );
    }
    if (isDprk)
      expect(csv.rows.map((row) => row.period)).toEqual(
        ['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((month) => `2025-${month}`),
      );
    const drawnSegments = csv.rows.reduce(
      (count, row) => count + Number(Number(row.dprk_usd) > 0) + Number(Number(row.other_usd) > 0),
      0,
    );
    const periodsWithBars = csv.rows.filter((row) => Number(row.total_usd) > 0).length;
    expect(barsOnScreen).toBe(drawnSegments);

    const svgFile = await exportChart(page, 'Thefts over time', 'SVG image');
    expect(svgFile.fileName).toBe(`thefts-over-time_${suffix}.svg`);
    const svg = await readSvg(page, svgFile.bytes);
    expect(svg.parseError).toBe(false);
    expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.viewBox).toBe(`0 0 ${svg.width} ${svg.height}`);
    expect(svg.width).toBeGreaterThanOrEqual(onScreen.width);
    expect(svg.height).toBeGreaterThan(onScreen.height);
    expect(svg.fontFamily).toMatch(/sans-serif/);
    expect(svg.outsideReferences).toEqual([]);
    expect(svg.texts).toEqual(expect.arrayContaining(['Thefts over time', caption]));
    // The legend names what is drawn: a DPRK-only view has no "Other" bars to name.
    expect(svg.texts).toEqual(expect.arrayContaining(['Attributed to DPRK']));
    expect(svg.texts.includes('Other')).toBe(!isDprk);
    expect(svg.texts).toEqual(expect.arrayContaining(['Month of theft (UTC)', 'Stolen (USD)']));
    expect(
      svg.texts.some((text) => text.startsWith('Cite as: Crypto Theft Tracker (dataset of ')),
    ).toBe(true);
    expect(svg.barXs).toHaveLength(drawnSegments);
    expect(svg.hatchedBars).toBeGreaterThan(0); // DPRK bars keep their hatching in the file
    expect(new Set(svg.barXs).size).toBe(periodsWithBars); // one bar per period with thefts

    const pngFile = await exportChart(page, 'Thefts over time', 'PNG image');
    expect(pngFile.fileName).toBe(`thefts-over-time_${suffix}.png`);
    const size = pngSize(pngFile.bytes);
    expect(size.width).toBeGreaterThanOrEqual(2 * onScreen.width);
    expect(size.height).toBeGreaterThanOrEqual(2 * onScreen.height);
    expect(size).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
    const pixels = await countPixels(page, pngFile.bytes);
    expect(pixels.transparent).toBe(0); // a solid background
    expect(pixels.inked / pixels.total).toBeGreaterThan(0.02); // text, axes and bars drawn
    expect(pixels.red).toBeGreaterThan(1000); // the DPRK bars
    expect(errors).toEqual([]);
  });

  it.each([
    ['Cumulative stolen by year', 'cumulative-stolen-by-year'],
    ['Largest incidents', 'largest-incidents'],
    ['By category', 'by-category'],
    ['By technique', 'by-technique'],
  ])('"%s": PNG, SVG and CSV hold what the chart draws', async (title, slug) => {
    const { page, errors } = view;
    const figure = page.getByRole('figure', { name: title });
    const surface = figure.locator('.recharts-wrapper > svg');
    await surface.waitFor();
    const onScreen = await surface.boundingBox();
    if (!onScreen) throw new Error('The chart is not on screen');

    const csvFile = await exportChart(page, title, 'CSV data');
    expect(csvFile.fileName).toBe(`${slug}_${suffix}.csv`);
    const { rows } = parseCsv(csvFile.bytes);
    expect(rows.length).toBeGreaterThan(0);

    const svgFile = await exportChart(page, title, 'SVG image');
    expect(svgFile.fileName).toBe(`${slug}_${suffix}.svg`);
    const svg = await readSvg(page, svgFile.bytes);
    expect(svg.parseError).toBe(false);
    expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.viewBox).toBe(`0 0 ${svg.width} ${svg.height}`);
    expect(svg.outsideReferences).toEqual([]);
    expect(svg.texts).toEqual(expect.arrayContaining([title, caption]));

    if (slug === 'cumulative-stolen-by-year') {
      const years = new Set(rows.map((row) => row.year));
      expect(svg.lines).toBe(years.size); // one line per year shown
      expect(svg.texts).toEqual(expect.arrayContaining([...years])); // the legend
    } else {
      expect(svg.barXs).toHaveLength(rows.length); // one bar per row
    }
    if (slug.startsWith('by-')) {
      expect(cents(sum(rows, 'total_usd'))).toBe(cents(await exactTotal(page)));
    }
    if (slug === 'largest-incidents') {
      expect(rows.map((row) => row.rank)).toEqual(rows.map((_, at) => String(at + 1)));
      await figure.getByText('Data table: Largest incidents').click(); // built when opened
      await figure.locator('table tbody th').first().waitFor();
      const names = await figure.locator('table tbody th').allTextContents();
      expect(rows.map((row) => row.name)).toEqual(names);
    }

    const pngFile = await exportChart(page, title, 'PNG image');
    expect(pngFile.fileName).toBe(`${slug}_${suffix}.png`);
    const size = pngSize(pngFile.bytes);
    expect(size.width).toBeGreaterThanOrEqual(2 * onScreen.width);
    expect(size.height).toBeGreaterThanOrEqual(2 * onScreen.height);
    const pixels = await countPixels(page, pngFile.bytes);
    expect(pixels.transparent).toBe(0);
    expect(pixels.inked / pixels.total).toBeGreaterThan(0.02);
    expect(errors).toEqual([]);
  });

  it("the table downloads every filtered row as CSV and as JSON, in the table's order", async () => {
    const { page, errors } = await open(path);
    const table = page.getByRole('region', { name: 'Incidents' });
    const countText = (await table.locator('.incidents-count').textContent()) ?? '';
    const shown = Number(/^([\d,]+) of/.exec(countText)?.[1]?.replace(/,/g, ''));
    expect(shown).toBe(
      figureOf(isDprk ? (i) => isDprkAttributed(i) && inMonths('2025-01', '2025-09')(i) : undefined)
        .count,
    );

    const csvFile = await download(page, table.getByRole('button', { name: 'Download CSV' }));
    expect(csvFile.fileName).toBe(`incidents_${suffix}.csv`);
    const csv = parseCsv(csvFile.bytes);
    expect(csv.rows).toHaveLength(shown);
    expect(cents(sum(csv.rows, 'amount_usd'))).toBe(cents(await exactTotal(page)));

    const jsonFile = await download(page, table.getByRole('button', { name: 'Download JSON' }));
    expect(jsonFile.fileName).toBe(`incidents_${suffix}.json`);
    const json = incidentsResponseSchema.parse(JSON.parse(jsonFile.bytes.toString('utf8')));
    expect(json.incidents).toHaveLength(shown);
    expect(json.meta.count).toBe(shown);
    expect(json.incidents.map((incident) => incident.id)).toEqual(csv.rows.map((row) => row.id));
    // Newest first, as the table sorts by default; the first row on screen is the first exported.
    const firstOnScreen = await table.locator('tbody tr').first().locator('th, td').nth(1);
    expect(await firstOnScreen.textContent()).toBe(json.incidents[0]?.name);
    expect(errors).toEqual([]);
  });
});

describe('exports of a view with no matching incidents', () => {
  it('still produce files that say "No incidents match"', async () => {
    const { page, errors } = await open('/?q=no-such-incident-anywhere');
    await page
      .getByRole('figure', { name: 'Thefts over time' })
      .getByText('No incidents match')
      .waitFor();
    const svgFile = await exportChart(page, 'Thefts over time', 'SVG image');
    expect(svgFile.fileName).toBe('thefts-over-time_all-time_search-no-such-incident-anywhere.svg');
    const svg = await readSvg(page, svgFile.bytes);
    expect(svg.parseError).toBe(false);
    expect(svg.texts).toEqual(
      expect.arrayContaining([
        'Thefts over time',
        'Search: “\u2068no-such-incident-anywhere\u2069” · All time (Jun 2011 – Aug 2026)',
        'No incidents match these filters.',
      ]),
    );
    const pngFile = await exportChart(page, 'Largest incidents', 'PNG image');
    expect(pngSize(pngFile.bytes).width).toBeGreaterThan(0);
    expect((await countPixels(page, pngFile.bytes)).inked).toBeGreaterThan(0);
    const chartCsv = parseCsv((await exportChart(page, 'By category', 'CSV data')).bytes);
    expect(chartCsv).toEqual({ fields: ['group', 'total_usd', 'incident_count'], rows: [] });
    const table = page.getByRole('region', { name: 'Incidents' });
    const tableCsv = parseCsv(
      (await download(page, table.getByRole('button', { name: 'Download CSV' }))).bytes,
    );
    expect(tableCsv.rows).toEqual([]);
    expect(tableCsv.fields).toContain('source_urls');
    const json = await download(page, table.getByRole('button', { name: 'Download JSON' }));
    expect(incidentsResponseSchema.parse(JSON.parse(json.bytes.toString('utf8'))).meta.count).toBe(
      0,
    );
    expect(errors).toEqual([]);
  });
});

describe('Copy link', () => {
  it('copies the URL of the current view and says so', async () => {
    const { page, errors } = await open(DPRK_VIEW);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(new URL(page.url()).search).toBe('?from=2025-01&to=2025-09&attribution=DPRK');
    expect(errors).toEqual([]);
  });
});
