// `npm run bench`: the domain over 1k..1M synthetic incidents, the production build and two floors
// in Chromium, and the bundle sizes. Prints a table with the targets; writes bench/results.json.
// `npm run bench -- domain` (or `browser`) runs one half only; `npm run bench -- embed` times the
// embed page's first chart against the dashboard's and the stack floor's (not in a full run). Not part of `npm test`: times
// depend on the machine, so they are reported, never asserted.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureBundle } from './bundle-size.mjs';
import { benchBrowser, buildPages, type DatasetResult } from './bench-browser';
import { benchDomain, type DomainResult } from './bench-domain';
import { benchEmbed, type EmbedResult } from './bench-embed';
import { formatTable, reportRows, type BundleResult } from './bench-report';

const parts = process.argv.slice(2);
const runs = (part: string) => parts.length === 0 || parts.includes(part);
const runsEmbed = parts.includes('embed');
const log = (line: string) => console.log(`  ${line}`);

function floorGzipKb(floor: string): number {
  const dir = join('bench/dist', floor, 'assets');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length / 1024, 0);
}

function measureBundles(): BundleResult {
  const { firstLoadGzipKb, chunks } = measureBundle('dist');
  return {
    firstLoadGzipKb,
    mswInFirstLoad: chunks.some((chunk) => chunk.firstLoad && chunk.mentionsMsw),
    chunks: chunks.map(({ file, gzipKb, firstLoad }) => ({ file, gzipKb, firstLoad })),
    floors: {
      'stack floor': floorGzipKb('stack-floor'),
      'plain floor': floorGzipKb('plain-floor'),
    },
  };
}

const started = Date.now();
const loadAtStart = loadavg()[0] ?? 0;
if (loadAtStart > cpus().length / 2) {
  console.warn(
    `Warning: the 1-minute load average is ${loadAtStart.toFixed(1)} on ${cpus().length} cores; ` +
      'other work on this machine will inflate the times.',
  );
}
console.log('Domain (Node):');
const domain: DomainResult[] = runs('domain') ? benchDomain(log) : [];
let browser: { chromium: string; datasets: DatasetResult[] } | null = null;
let bundle: BundleResult | null = null;
if (runs('browser')) {
  console.log('Building the app (dist) and the floors (bench/dist)…');
  await buildPages();
  bundle = measureBundles();
  console.log('Browser (Chromium, production build):');
  browser = await benchBrowser(log);
}
let embed: EmbedResult | null = null;
if (runsEmbed) {
  if (!runs('browser')) {
    console.log('Building the app (dist) and the floors (bench/dist)…');
    await buildPages();
  }
  console.log('Embed page (Chromium, production build, real dataset):');
  embed = await benchEmbed(log);
}

const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model ?? 'unknown',
  cores: cpu.length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  os: `${process.platform} ${release()}`,
  node: process.version,
  chromium: browser?.chromium ?? embed?.chromium ?? null,
  /** 1-minute load average before and after: above the core count, the times are inflated. */
  loadAverage: [loadAtStart, loadavg()[0] ?? 0].map((load) => Math.round(load * 100) / 100),
};
const rows = reportRows(domain, browser?.datasets ?? [], bundle);
if (rows.length > 0) console.log(`\n${formatTable(rows)}\n`);
console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}` +
    (machine.chromium ? `, Chromium ${machine.chromium}` : '') +
    `; load average ${machine.loadAverage.join(' → ')}`,
);
mkdirSync('bench', { recursive: true });
// An embed-only run keeps the last full run's results.json and writes its own file.
const onlyEmbed = parts.length === 1 && runsEmbed;
const resultsFile = onlyEmbed ? 'bench/embed-results.json' : 'bench/results.json';
const results = onlyEmbed
  ? { date: new Date().toISOString(), machine, embed }
  : { date: new Date().toISOString(), machine, rows, domain, browser, bundle, embed };
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Wrote ${resultsFile} in ${Math.round((Date.now() - started) / 1000)} s.`);
