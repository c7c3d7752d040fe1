// The domain half of `npm run bench`: what the dashboard computes on a filter change, timed over
// synthetic datasets of growing size, against a floor of one plain loop that sums by month.
import { syntheticIncidents, syntheticResponse } from '../mocks/synthetic';
import { parseIncidentsResponse } from '../src/data/parse-incidents';
import { cumulativeFromMonthly } from '../src/domain/cumulative';
import { DPRK, EMPTY_FILTERS, type IncidentFilters } from '../src/domain/filter';
import type { Incident } from '../src/domain/incident';
import { incidentColumns } from '../src/domain/engine/columns';
import { monthIndex } from '../src/domain/months';
import { summarizeView } from '../src/domain/engine/summarize-view';
import {
  collectOptionValues,
  toFilterOptions,
  type OptionValues,
} from '../src/domain/filter-options';

export interface DomainResult {
  readonly size: number;
  /** Building the columns and option values, once per dataset (ms). */
  readonly prepareMs: number;
  /** The first filter change after preparing (ms): before the warm-up runs. */
  readonly firstRunMs: number;
  /** Median ms of one filter change with no filters: every row matches, the most work. */
  readonly allRowsMs: number;
  /**
   * The same in CPU time of this process: what other work on the machine inflates less (it
   * includes V8's own helper threads, such as the garbage collector's).
   */
  readonly allRowsCpuMs: number;
  /** Median ms over a mix of filters (a year, DPRK, a search, a chain and category, amounts). */
  readonly mixedMs: number;
  /** Median ms of the floor: one plain loop over the incidents that sums amounts by month. */
  readonly floorMs: number;
  readonly runs: number;
  /** JSON.parse and the client's validation of a whole response (ms, one run); null at 1M. */
  readonly jsonParseMs: number | null;
  readonly validateMs: number | null;
}

const MIXED_FILTERS: readonly IncidentFilters[] = [
  { ...EMPTY_FILTERS, from: '2024-01', to: '2024-12' },
  { ...EMPTY_FILTERS, attribution: DPRK },
  { ...EMPTY_FILTERS, search: 'swap' },
  { ...EMPTY_FILTERS, chains: ['Ethereum'], categories: ['defi-protocol'] },
  { ...EMPTY_FILTERS, minAmount: 1_000_000, technique: 'Reentrancy' },
  { ...EMPTY_FILTERS, from: '2021-06', attribution: 'unattributed', chains: ['BSC'] },
];

/** Everything `useDashboardData` derives when the filters change. */
function dashboardFigures(
  incidents: readonly Incident[],
  values: OptionValues,
  f: IncidentFilters,
) {
  const { summary, optionCounts } = summarizeView(incidents, f);
  const options = toFilterOptions(optionCounts, values);
  const cumulative = cumulativeFromMonthly(summary.monthly, '2026-08');
  return summary.totals.count + options.chain.length + cumulative.length;
}

/** The floor: one plain loop that sums by month, and nothing else. */
function sumByMonthFloor(incidents: readonly Incident[]): number {
  const sums = new Float64Array(12 * 200);
  for (const incident of incidents) {
    const at = monthIndex(incident.date) - 1900 * 12;
    sums[at] = (sums[at] ?? 0) + incident.amountUsd;
  }
  return sums[0] ?? 0;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[middle] ?? Number.NaN;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

let sink = 0; // keeps results alive, so no work is optimized away

function time(run: () => number): number {
  const start = performance.now();
  sink += run();
  return performance.now() - start;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Wall-clock and CPU milliseconds of each run, after `warmUp` runs that are not kept. */
function timeRuns(runs: number, warmUp: number, run: (at: number) => number) {
  for (let at = 0; at < warmUp; at += 1) time(() => run(at));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let at = 0; at < runs; at += 1) {
    const cpuStart = cpuMs();
    wall.push(time(() => run(at)));
    cpu.push(cpuMs() - cpuStart);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function loadTimes(size: number): { jsonParseMs: number; validateMs: number } {
  const json = JSON.stringify(syntheticResponse(size, 1));
  let body: unknown;
  const jsonParseMs = time(() => {
    body = JSON.parse(json);
    return 0;
  });
  const validateMs = time(() => parseIncidentsResponse(body).incidents.length);
  return { jsonParseMs, validateMs };
}

export function benchDomainSize(size: number, runs: number, warmUp: number): DomainResult {
  const incidents = syntheticIncidents(size, 1);
  const start = performance.now();
  incidentColumns(incidents);
  const values = collectOptionValues(incidents);
  const prepareMs = performance.now() - start;
  const firstRunMs = time(() => dashboardFigures(incidents, values, EMPTY_FILTERS));
  const allRows = timeRuns(runs, warmUp, () => dashboardFigures(incidents, values, EMPTY_FILTERS));
  const mixed = timeRuns(runs * 2, warmUp, (at) =>
    dashboardFigures(incidents, values, MIXED_FILTERS[at % MIXED_FILTERS.length] ?? EMPTY_FILTERS),
  );
  const floor = timeRuns(runs, warmUp, () => sumByMonthFloor(incidents));
  const load = size <= 100_000 ? loadTimes(size) : null;
  return {
    size,
    prepareMs,
    firstRunMs,
    allRowsMs: allRows.wall,
    allRowsCpuMs: allRows.cpu,
    mixedMs: mixed.wall,
    floorMs: floor.wall,
    runs,
    jsonParseMs: load?.jsonParseMs ?? null,
    validateMs: load?.validateMs ?? null,
  };
}

/**
 * 1k to 1M incidents, each after warm-up runs (V8 optimizes a function only once it is hot; the
 * first run of each size is reported apart); fewer runs at 1M.
 */
export function benchDomain(log: (line: string) => void): DomainResult[] {
  const results: DomainResult[] = [];
  for (const [size, runs, warmUp] of [
    [1_000, 41, 10],
    [10_000, 41, 10],
    [100_000, 31, 10],
    [1_000_000, 9, 3],
  ] as const) {
    const result = benchDomainSize(size, runs, warmUp);
    log(
      `domain ${size.toLocaleString('en-US')}: ${result.allRowsMs.toFixed(2)} ms (floor ${result.floorMs.toFixed(2)} ms)`,
    );
    results.push(result);
  }
  if (sink === Number.MIN_VALUE) log(''); // never true; reads the sink
  return results;
}
