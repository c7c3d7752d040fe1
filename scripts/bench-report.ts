// Turns the benchmark's results into the table `npm run bench` prints (and README quotes).
import type { DatasetResult } from './bench-browser';
import type { DomainResult } from './bench-domain';

export interface BundleResult {
  readonly firstLoadGzipKb: number;
  readonly mswInFirstLoad: boolean;
  readonly chunks: readonly { file: string; gzipKb: number; firstLoad: boolean }[];
  readonly floors: Record<string, number>;
}

export interface ReportRow {
  readonly measure: string;
  readonly result: string;
  readonly target: string;
  /** 'pass', 'over', or '' where there is no target. */
  readonly status: string;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const kb = (value: number) => `${value.toFixed(1)} kB`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const sizeLabel = (size: number) =>
  size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`;

function row(measure: string, result: string, target = '', ok?: boolean): ReportRow {
  return { measure, result, target, status: ok === undefined ? '' : ok ? 'pass' : 'over' };
}

const DOMAIN_TARGETS: Record<number, number> = { 100_000: 15, 1_000_000: 150 };

function domainRows(results: readonly DomainResult[]): ReportRow[] {
  return results.flatMap((r) => {
    const label = sizeLabel(r.size);
    const target = DOMAIN_TARGETS[r.size];
    const rows = [
      row(
        `filter + all aggregations, ${label}, no filter (every row)`,
        `${ms(r.allRowsMs)} (CPU ${ms(r.allRowsCpuMs)}; floor ${ms(r.floorMs)}, ${ratio(r.allRowsMs / r.floorMs)})`,
        target === undefined ? '' : `≤ ${target} ms`,
        target === undefined ? undefined : r.allRowsMs <= target,
      ),
      row(
        `filter + all aggregations, ${label}, mixed filters`,
        `${ms(r.mixedMs)} (${ratio(r.mixedMs / r.floorMs)} floor)`,
        target === undefined ? '' : `≤ ${target} ms`,
        target === undefined ? undefined : r.mixedMs <= target,
      ),
      row(
        `columns + option values once per dataset, then first change, ${label}`,
        `${ms(r.prepareMs)}, then ${ms(r.firstRunMs)}`,
      ),
    ];
    if (r.jsonParseMs !== null && r.validateMs !== null) {
      rows.push(
        row(
          `load in Node, ${label}: JSON.parse + row validation`,
          `${ms(r.jsonParseMs)} + ${ms(r.validateMs)}`,
        ),
      );
    }
    return rows;
  });
}

function browserRows(results: readonly DatasetResult[]): ReportRow[] {
  return results.flatMap((r) => {
    const { app, stack, plain } = r.firstChartMs;
    const name = r.dataset === 'real' ? `real (${r.incidents})` : r.dataset;
    const chartTarget = r.dataset === 'real' ? 1.5 : r.dataset === '100k' ? 2 : undefined;
    const is100k = r.dataset === '100k';
    return [
      row(
        `first chart drawn, ${name}: app / stack floor / plain floor`,
        `${ms(app)} / ${ms(stack)} / ${ms(plain)}`,
      ),
      row(
        `first chart drawn, ${name}: app ÷ stack floor (app ÷ plain)`,
        `${ratio(app / stack)} (${ratio(app / plain)})`,
        chartTarget === undefined ? '' : `≤ ${chartTarget}×`,
        chartTarget === undefined ? undefined : app / stack <= chartTarget,
      ),
      row(
        `data received (response end), ${name}: app / stack floor`,
        `${ms(r.dataReceivedMs.app)} / ${ms(r.dataReceivedMs.stack)}`,
      ),
      row(
        `month-filter change → totals and timeline painted, ${name}`,
        ms(r.monthChangeMs),
        is100k ? '≤ 100 ms' : '',
        is100k ? r.monthChangeMs <= 100 : undefined,
      ),
      row(
        `month-filter change → every chart and the table painted, ${name}`,
        ms(r.monthChangeAllMs),
      ),
      row(`click on the tallest month bar → table updated, ${name}`, ms(r.barClickMs)),
      row(
        `table scroll: jump → rows painted (max), frame p95, ${name}`,
        `${ms(r.scrollJumpMs)} (${ms(r.scrollJumpMaxMs)}), ${ms(r.scrollFrameP95Ms)}`,
      ),
      row(
        `table rows in the DOM, ${name}`,
        String(r.tableRowsInDom),
        is100k ? '≤ 100' : '',
        is100k ? r.tableRowsInDom <= 100 : undefined,
      ),
    ];
  });
}

function bundleRows(bundle: BundleResult): ReportRow[] {
  return [
    row(
      'JavaScript on first load (gzip)',
      kb(bundle.firstLoadGzipKb),
      '≤ 200 kB',
      bundle.firstLoadGzipKb <= 200,
    ),
    row(
      'msw in the first load',
      bundle.mswInFirstLoad ? 'yes' : 'no',
      'no',
      !bundle.mswInFirstLoad,
    ),
    ...bundle.chunks
      .filter((chunk) => !chunk.firstLoad)
      .map((chunk) => row(`lazy chunk ${chunk.file} (gzip)`, kb(chunk.gzipKb))),
    ...Object.entries(bundle.floors).map(([floor, size]) =>
      row(`${floor} JavaScript (gzip)`, kb(size)),
    ),
  ];
}

export function reportRows(
  domain: readonly DomainResult[],
  browser: readonly DatasetResult[],
  bundle: BundleResult | null,
): ReportRow[] {
  return [...domainRows(domain), ...browserRows(browser), ...(bundle ? bundleRows(bundle) : [])];
}

/** A Markdown table, readable in a terminal and pasteable into README. */
export function formatTable(rows: readonly ReportRow[]): string {
  const header: ReportRow = { measure: 'measure', result: 'result', target: 'target', status: '' };
  const all = [header, ...rows];
  const width = (key: keyof ReportRow) => Math.max(...all.map((r) => r[key].length));
  const keys: (keyof ReportRow)[] = ['measure', 'result', 'target', 'status'];
  const line = (r: ReportRow) => `| ${keys.map((key) => r[key].padEnd(width(key))).join(' | ')} |`;
  const rule = `| ${keys.map((key) => '-'.repeat(width(key))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
