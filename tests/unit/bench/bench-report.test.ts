import { describe, expect, it } from 'vitest';
import type { DatasetResult } from '../../../scripts/bench-browser';
import type { DomainResult } from '../../../scripts/bench-domain';
import { formatTable, reportRows } from '../../../scripts/bench-report';

const domain = (size: number, allRowsMs: number): DomainResult => ({
  size,
  prepareMs: 1,
  firstRunMs: 2,
  allRowsMs,
  allRowsCpuMs: allRowsMs,
  mixedMs: allRowsMs / 2,
  floorMs: allRowsMs / 4,
  runs: 5,
  jsonParseMs: null,
  validateMs: null,
});

const dataset = (name: string, app: number, stack: number): DatasetResult => ({
  dataset: name,
  incidents: 100_000,
  runs: 5,
  firstChartMs: { app, stack, plain: stack / 2 },
  dataReceivedMs: { app: 10, stack: 10, plain: 10 },
  monthChangeMs: 120,
  monthChangeAllMs: 200,
  barClickMs: 50,
  scrollJumpMs: 20,
  scrollJumpMaxMs: 30,
  scrollFrameP95Ms: 17,
  tableRowsInDom: 36,
  samples: {},
});

const statusOf = (rows: ReturnType<typeof reportRows>, start: string) =>
  rows.find((row) => row.measure.startsWith(start))?.status;

describe('the benchmark report', () => {
  it('marks each figure with a target as pass or over, and the others with nothing', () => {
    const rows = reportRows(
      [domain(10_000, 3), domain(100_000, 14), domain(1_000_000, 151)],
      [dataset('real', 300, 250), dataset('100k', 900, 400)],
      null,
    );
    expect(statusOf(rows, 'filter + all aggregations, 10k, no filter')).toBe('');
    expect(statusOf(rows, 'filter + all aggregations, 100k, no filter')).toBe('pass');
    expect(statusOf(rows, 'filter + all aggregations, 1M, no filter')).toBe('over');
    expect(statusOf(rows, 'first chart drawn, real (100000): app ÷')).toBe('pass');
    expect(statusOf(rows, 'first chart drawn, 100k: app ÷')).toBe('over');
    expect(statusOf(rows, 'month-filter change → totals and timeline painted, 100k')).toBe('over');
    expect(statusOf(rows, 'month-filter change → every chart and the table painted, 100k')).toBe(
      '',
    );
    expect(statusOf(rows, 'table rows in the DOM, 100k')).toBe('pass');
  });

  it('checks the first-load budget and that msw stays out of it', () => {
    const rows = reportRows([], [], {
      firstLoadGzipKb: 201,
      mswInFirstLoad: false,
      chunks: [{ file: 'assets/chart.js', gzipKb: 90, firstLoad: false }],
      floors: {},
    });
    expect(statusOf(rows, 'JavaScript on first load')).toBe('over');
    expect(statusOf(rows, 'msw in the first load')).toBe('pass');
    expect(rows.map((row) => row.measure)).toContain('lazy chunk assets/chart.js (gzip)');
  });

  it('prints a Markdown table with one line per row and aligned columns', () => {
    const table = formatTable(reportRows([domain(100_000, 14)], [], null));
    const lines = table.split('\n');
    expect(lines).toHaveLength(2 + 3);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[0]).toMatch(/^\| measure +\| result +\| target +\| +\|$/);
  });
});
