// @vitest-environment node
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { incidentSchema, incidentsResponseSchema } from '../../../src/data/incident-schema';
import { DPRK, EMPTY_FILTERS, type IncidentFilters } from '../../../src/domain/filter';
import { viewSummary as summarize } from '../domain/engine-view';
import dataset from '../../../mocks/data/incidents.json';

/**
 * The figures of the source CSV, worked out here with nothing of the app's code, and what the app
 * shows for the same views of the shipped file. Version 2's figures (SOURCES.md, issue 13) are
 * checked against the CSV; the app is checked against the CSV, so that it can never show
 * something the source files do not say.
 */
const data = incidentsResponseSchema.parse(dataset);
const { incidents, meta } = data;

type Row = Record<string, string>;
const readSource = (name: string): Row[] =>
  Papa.parse<Row>(
    readFileSync(new URL(`../../../mocks/data/source/${name}`, import.meta.url), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;
const csv = readSource('incidents.csv');
const estimatesCsv = readSource('published-estimates.csv');

/** Whole cents of a CSV amount, read from its digits (no float sums). */
function centsOf(text: string | undefined): number {
  const [whole = '0', fraction = ''] = (text ?? '').split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

function csvFigure(keep: (row: Row) => boolean) {
  const rows = csv.filter(keep);
  return { count: rows.length, cents: rows.reduce((sum, row) => sum + centsOf(row.amount_usd), 0) };
}

function appFigure(filters: Partial<IncidentFilters>) {
  const { totals } = summarize(incidents, { ...EMPTY_FILTERS, ...filters });
  return { count: totals.count, cents: Math.round(totals.totalUsd * 100) };
}

const date = (row: Row) => row.date ?? '';
const VIEWS = [
  { name: 'every incident', csv: () => true, app: {} },
  {
    name: '2022',
    csv: (row: Row) => date(row).startsWith('2022-'),
    app: { from: '2022-01', to: '2022-12' },
  },
  {
    name: 'DPRK-attributed, January to September 2025',
    csv: (row: Row) =>
      (row.attribution ?? '').startsWith('DPRK') &&
      date(row) >= '2025-01-01' &&
      date(row) <= '2025-09-30',
    app: { from: '2025-01', to: '2025-09', attribution: DPRK },
  },
  {
    name: 'February 2025',
    csv: (row: Row) => date(row).startsWith('2025-02'),
    app: { from: '2025-02', to: '2025-02' },
  },
] as const;

describe('the source CSV (version 2, 2026-12-01)', () => {
  it.each([
    ['every incident', { count: 1000, cents: 1_575_405_138_604 }],
    ['2022', { count: 137, cents: 303_737_120_630 }],
    ['DPRK-attributed, January to September 2025', { count: 68, cents: 203_141_114_400 }],
    ['February 2025', { count: 12, cents: 153_517_533_000 }],
  ])('has the stated figure for %s', (name, expected) => {
    const view = VIEWS.find((candidate) => candidate.name === name);
    expect(view && csvFigure(view.csv)).toEqual(expected);
  });

  it('has "May 1 2026 Theft" at its revised $41,297,094 and no Akutar row', () => {
    expect(
      csv.filter((row) => row.name === 'May 1 2026 Theft').map((row) => row.amount_usd),
    ).toEqual(['41297094']);
    expect(csv.filter((row) => /akutar/i.test(row.name ?? ''))).toEqual([]);
  });

  it('has 59 published estimates', () => {
    expect(estimatesCsv).toHaveLength(59);
  });
});

describe('the shipped dataset, against the source CSV', () => {
  it('passes the incident schema row by row, and the whole-response schema', () => {
    const failures = dataset.incidents.flatMap((row, index) => {
      const result = incidentSchema.safeParse(row);
      return result.success ? [] : [`row ${index + 1}: ${result.error.issues[0]?.message}`];
    });
    expect(failures).toEqual([]);
    expect(incidentsResponseSchema.safeParse(dataset).success).toBe(true);
  });

  it.each(VIEWS.map((view) => [view.name, view] as const))(
    'shows the CSV’s count and total for %s',
    (_name, view) => {
      expect(appFigure(view.app)).toEqual(csvFigure(view.csv));
    },
  );

  it('holds every CSV row once, by id, and says how many in meta', () => {
    const ids = incidents.map((incident) => incident.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(csv.map((row) => row.id ?? '').sort());
    expect(meta.count).toBe(csv.length);
  });

  it('carries the CSV’s amount for every incident, to the cent', () => {
    const amounts = new Map(csv.map((row) => [row.id, centsOf(row.amount_usd)]));
    const different = incidents.filter(
      (incident) => amounts.get(incident.id) !== Math.round(incident.amountUsd * 100),
    );
    expect(different.map((incident) => incident.id)).toEqual([]);
  });

  it('runs from the CSV’s first to its last date, sorted by date then id', () => {
    const dates = csv.map(date).sort();
    expect(meta.firstDate).toBe(dates.at(0));
    expect(meta.lastDate).toBe(dates.at(-1));
    const keys = incidents.map((incident) => `${incident.date} ${incident.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('credits every incident to exactly one source', () => {
    expect(meta.sources.length).toBeGreaterThan(0);
    expect(meta.sources.reduce((sum, source) => sum + source.incidentCount, 0)).toBe(csv.length);
  });

  it('carries every published estimate of the CSV, MSMT’s January–September 2025 figure among them', () => {
    expect(meta.publishedEstimates).toHaveLength(estimatesCsv.length);
    const msmtCsv = estimatesCsv.find(
      (row) =>
        (row.publisher ?? '').startsWith('MSMT') &&
        row.period_start === '2025-01-01' &&
        row.period_end === '2025-09-30',
    );
    const msmt = meta.publishedEstimates.find(
      (estimate) =>
        estimate.publisher === msmtCsv?.publisher &&
        estimate.periodStart === '2025-01-01' &&
        estimate.periodEnd === '2025-09-30',
    );
    expect(msmt?.amountUsd).toBe(Number(msmtCsv?.amount_usd));
  });

  it('links every incident only to http(s) sources', () => {
    const badUrls = incidents
      .flatMap((incident) => incident.sourceUrls)
      .filter((url) => !/^https?:\/\//.test(url) || !URL.canParse(url));
    expect(badUrls).toEqual([]);
  });
});
