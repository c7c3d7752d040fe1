// The browser half of `npm run bench`: the production build and the two floors in Chromium, on
// the real dataset and on synthetic ones, every time measured inside the page (bench/probe.js).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { syntheticResponse } from '../mocks/synthetic';
import { launchChromium } from './lib/launch-chromium';
import { startBenchServer } from './bench-server';
import { median } from './bench-domain';

const PAGE_NAMES = ['app', 'stack', 'plain'] as const;
export type PageName = (typeof PAGE_NAMES)[number];
const PATHS: Record<PageName, string> = {
  app: '/',
  stack: '/bench/stack-floor/',
  plain: '/bench/plain-floor/',
};

export interface DatasetResult {
  readonly dataset: string;
  readonly incidents: number;
  readonly runs: number;
  /** Median ms from navigation start to the first bar painted, per page. */
  readonly firstChartMs: Record<PageName, number>;
  /** Median ms from navigation start to the end of the dataset's response, per page. */
  readonly dataReceivedMs: Record<PageName, number>;
  /** Median ms from a month input's change to the totals and the timeline painted. */
  readonly monthChangeMs: number;
  /** Median ms from the same change to every panel painted (the lower ones follow later). */
  readonly monthChangeAllMs: number;
  readonly barClickMs: number;
  readonly scrollJumpMs: number;
  readonly scrollJumpMaxMs: number;
  readonly scrollFrameP95Ms: number;
  readonly tableRowsInDom: number;
  /** Every sample, for results.json. */
  readonly samples: Record<string, number[]>;
}

const RUNS = 9;
const VIEWPORT = { width: 1280, height: 900 };

/** The app (`vite build` into dist) and the floors (into bench/dist), with Vite's JS API. */
export async function buildPages(): Promise<void> {
  await build({ logLevel: 'warn' });
  for (const floor of ['stack-floor', 'plain-floor']) {
    await build({
      configFile: false,
      root: resolve('bench', floor),
      base: `/bench/${floor}/`,
      plugins: floor === 'stack-floor' ? [react()] : [],
      logLevel: 'warn',
      build: { outDir: resolve('bench/dist', floor), emptyOutDir: true },
    });
  }
}

const evaluate = <T>(page: Page, script: string) => page.evaluate<T>(script);

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: resolve('bench/probe.js') });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error at ${url}: ${error.message}`));
  await page.goto(url, { waitUntil: 'commit' });
  return page;
}

/** After the first chart: a month filter set and cleared, a bar clicked twice, the table scrolled. */
async function interact(page: Page, samples: Record<string, number[]>) {
  const add = (key: string, value: number) => (samples[key] ??= []).push(value);
  await page.waitForLoadState('networkidle');
  // The first change starts on a settled page, as every later one does (monthChange waits).
  await evaluate(page, '__bench.settled()');
  for (const value of ['2023-01', '2024-06', '']) {
    const { ms, allMs } = await evaluate<{ ms: number; allMs: number }>(
      page,
      `__bench.monthChange('From month', '${value}')`,
    );
    add('monthChange', ms);
    add('monthChangeAll', allMs);
  }
  const allCount = await evaluate<string>(page, '__bench.tableCount()');
  for (let click = 0; click < 2; click += 1) {
    const { x, y } = await evaluate<{ x: number; y: number }>(page, '__bench.tallestBar()');
    await evaluate(page, '__bench.armClick()');
    await page.mouse.click(x, y);
    add('barClick', await evaluate<number>(page, '__bench.clickResult()'));
    await evaluate(page, `__bench.back(${JSON.stringify(allCount)})`);
  }
  const jumps = await evaluate<{ times: number[]; maxRows: number }>(
    page,
    '__bench.scrollJumps(10)',
  );
  jumps.times.forEach((ms) => add('scrollJump', ms));
  add('tableRowsInDom', jumps.maxRows);
  const frames = await evaluate<{ gaps: number[]; rows: number }>(
    page,
    '__bench.scrollFrames(61, 120)',
  );
  frames.gaps.slice(1).forEach((ms) => add('scrollFrame', ms));
  add('tableRowsInDom', frames.rows);
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};

async function benchDataset(
  browser: Browser,
  origin: string,
  dataset: string,
  incidents: number,
): Promise<DatasetResult> {
  const samples: Record<string, number[]> = {};
  const add = (key: string, value: number) => (samples[key] ??= []).push(value);
  for (let run = 0; run < RUNS; run += 1) {
    // Interleaved, so that any drift in the machine's speed touches every page alike.
    for (const name of PAGE_NAMES) {
      const page = await openPage(browser, origin + PATHS[name]);
      add(`firstChart.${name}`, await evaluate<number>(page, '__bench.firstBar()'));
      add(
        `dataReceived.${name}`,
        (await evaluate<number | null>(page, '__bench.dataReceived()')) ?? NaN,
      );
      if (name === 'app') await interact(page, samples);
      await page.context().close();
    }
  }
  const med = (key: string) => median(samples[key] ?? []);
  const perPage = (prefix: string): Record<PageName, number> => ({
    app: med(`${prefix}.app`),
    stack: med(`${prefix}.stack`),
    plain: med(`${prefix}.plain`),
  });
  return {
    dataset,
    incidents,
    runs: RUNS,
    firstChartMs: perPage('firstChart'),
    dataReceivedMs: perPage('dataReceived'),
    monthChangeMs: med('monthChange'),
    monthChangeAllMs: med('monthChangeAll'),
    barClickMs: med('barClick'),
    scrollJumpMs: med('scrollJump'),
    scrollJumpMaxMs: Math.max(...(samples.scrollJump ?? [])),
    scrollFrameP95Ms: percentile(samples.scrollFrame ?? [], 0.95),
    tableRowsInDom: Math.max(...(samples.tableRowsInDom ?? [])),
    samples,
  };
}

export async function benchBrowser(log: (line: string) => void): Promise<{
  readonly chromium: string;
  readonly datasets: DatasetResult[];
}> {
  const server = await startBenchServer([
    { prefix: '/bench/', dir: resolve('bench/dist') },
    { prefix: '/', dir: resolve('dist') },
  ]);
  const browser = await launchChromium();
  try {
    const datasets: DatasetResult[] = [];
    const real = readFileSync('mocks/data/incidents.json');
    const realCount = rowCount(real);
    for (const [name, json, count] of [
      ['real', real, realCount],
      ['10k', Buffer.from(JSON.stringify(syntheticResponse(10_000, 1))), 10_000],
      ['100k', Buffer.from(JSON.stringify(syntheticResponse(100_000, 1))), 100_000],
    ] as const) {
      server.setDataset(json);
      const result = await benchDataset(browser, server.url, name, count);
      log(
        `browser ${name}: first chart app ${result.firstChartMs.app.toFixed(0)} ms, stack floor ${result.firstChartMs.stack.toFixed(0)} ms`,
      );
      datasets.push(result);
    }
    return { chromium: browser.version(), datasets };
  } finally {
    await browser.close();
    await server.close();
  }
}

function rowCount(json: Buffer): number {
  const body: unknown = JSON.parse(json.toString('utf8'));
  if (typeof body !== 'object' || body === null || !('incidents' in body)) return 0;
  return Array.isArray(body.incidents) ? body.incidents.length : 0;
}
