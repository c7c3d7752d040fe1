// `npm run bench -- embed`: the embed page's first chart (the timeline, alone) against the
// dashboard's and the stack floor's, on the real dataset, and the embed's first-load JavaScript.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureBundle } from './bundle-size.mjs';
import { openPage } from './bench-browser';
import { median } from './bench-domain';
import { startBenchServer } from './bench-server';
import { launchChromium } from './lib/launch-chromium';

const RUNS = 9;
const PAGES = {
  dashboard: '/',
  embed: '/embed.html?chart=timeline&lang=en',
  'stack floor': '/bench/stack-floor/',
} as const;
type EmbedBenchPage = keyof typeof PAGES;

export interface EmbedResult {
  readonly chromium: string;
  readonly runs: number;
  /** Median ms from navigation start to the timeline's first bar painted, per page. */
  readonly firstChartMs: Record<EmbedBenchPage, number>;
  readonly firstLoadGzipKb: { readonly embed: number; readonly dashboard: number };
  /** The embed's first-load chunks, largest first. */
  readonly embedChunks: readonly { readonly file: string; readonly gzipKb: number }[];
  readonly samples: Record<EmbedBenchPage, number[]>;
}

/** Expects `dist` and `bench/dist` built (buildPages). Loads are interleaved, as in the browser half. */
export async function benchEmbed(log: (line: string) => void): Promise<EmbedResult> {
  const server = await startBenchServer([
    { prefix: '/bench/', dir: resolve('bench/dist') },
    { prefix: '/', dir: resolve('dist') },
  ]);
  server.setDataset(readFileSync('mocks/data/incidents.json'));
  const browser = await launchChromium();
  const names = Object.keys(PAGES) as EmbedBenchPage[];
  const samples: Record<EmbedBenchPage, number[]> = { dashboard: [], embed: [], 'stack floor': [] };
  const chromium = browser.version();
  try {
    for (let run = 0; run < RUNS; run += 1) {
      for (const name of names) {
        const page = await openPage(browser, server.url + PAGES[name]);
        samples[name].push(await page.evaluate<number>('__bench.firstBar()'));
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const firstChartMs = {
    dashboard: median(samples.dashboard),
    embed: median(samples.embed),
    'stack floor': median(samples['stack floor']),
  };
  const embed = measureBundle('dist', 'embed.html');
  const firstLoadGzipKb = {
    embed: embed.firstLoadGzipKb,
    dashboard: measureBundle('dist').firstLoadGzipKb,
  };
  const floor = firstChartMs['stack floor'];
  for (const name of names) {
    log(
      `first chart, ${name}: ${firstChartMs[name].toFixed(0)} ms (${(firstChartMs[name] / floor).toFixed(2)}× the stack floor)`,
    );
  }
  log(
    `first-load JavaScript: embed ${firstLoadGzipKb.embed.toFixed(1)} kB gzip (aim ≤ 110 kB), dashboard ${firstLoadGzipKb.dashboard.toFixed(1)} kB`,
  );
  const embedChunks = embed.chunks
    .filter((chunk) => chunk.firstLoad)
    .map(({ file, gzipKb }) => ({ file, gzipKb }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  return { chromium, runs: RUNS, firstChartMs, firstLoadGzipKb, embedChunks, samples };
}
