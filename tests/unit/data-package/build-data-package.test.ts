import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { dataPackageMetadataSchema } from '../../../src/data/data-package-schema';
import type { DatasetMeta } from '../../../src/domain/incident';
import { DPRK, EMPTY_FILTERS, type IncidentFilters } from '../../../src/domain/filter';
import { buildDataPackage } from '../../../src/features/data-package/build-data-package';
import type {
  ChartTable,
  DataPackageInput,
} from '../../../src/features/data-package/package-input';
import { exportCredit } from '../../../src/features/export/export-caption';
import { describeExportFilters } from '../../../src/lib/i18n/view-caption';
import { exportFileName } from '../../../src/features/export/export-names';
import { formattersFor, type Locale } from '../../../src/lib/format';
import { writeCsv, type CsvTable } from '../../../src/lib/csv';

const META: DatasetMeta = {
  count: 5,
  firstDate: '2014-03-05',
  lastDate: '2025-09-30',
  generatedAt: '2025-10-02T00:00:00Z',
  version: '2025-10-01',
  sources: [
    {
      name: 'Example Tracker (example/tracker)',
      url: 'https://example.org/tracker',
      incidentCount: 4,
    },
    { name: 'Curated press', url: null, incidentCount: 1 },
  ],
  publishedEstimates: [],
};

const VIEW_ROWS = [
  makeIncident({
    id: 'b',
    date: '2025-02-21',
    name: 'Bridge, "big"',
    amountUsd: 1_500_000_000.1,
    attribution: 'DPRK (TraderTraitor)',
  }),
  makeIncident({
    id: 'a',
    date: '2025-01-10',
    amountUsd: 20_000_000.2,
    attribution: 'DPRK',
    chains: ['Ethereum', 'BSC'],
  }),
];
const ALL_ROWS = [
  ...VIEW_ROWS,
  makeIncident({ id: 'c', date: '2014-03-05', amountUsd: 450_000 }),
  makeIncident({ id: 'd', date: '2020-06-01', amountUsd: 3 }),
  makeIncident({ id: 'e', date: '2025-09-30', amountUsd: 7 }),
];
const FILTERS: IncidentFilters = {
  ...EMPTY_FILTERS,
  from: '2025-01',
  to: '2025-03',
  attribution: DPRK,
};

const TIMELINE: CsvTable = {
  columns: [
    { header: 'period', kind: 'text' },
    { header: 'total_usd', kind: 'usd' },
    { header: 'incident_count', kind: 'number' },
  ],
  rows: [
    ['2025-01', 20_000_000.2, 1],
    ['2025-02', 1_500_000_000.1, 1],
    ['2025-03', 0, 0],
  ],
};
const CHARTS: readonly ChartTable[] = [
  { slug: 'thefts-over-time', title: 'Thefts over time', table: () => TIMELINE },
  {
    slug: 'By category',
    title: 'By category',
    table: () => ({
      columns: [
        { header: 'group', kind: 'text' },
        { header: 'total_usd', kind: 'usd' },
      ],
      rows: [['DeFi protocol', 1_520_000_000.3]],
    }),
  },
];

const AT = new Date('2025-10-05T12:34:56Z');

function input(overrides: Partial<DataPackageInput> = {}): DataPackageInput {
  const locale: Locale = overrides.locale ?? 'en';
  return {
    scope: 'view',
    incidents: VIEW_ROWS,
    charts: CHARTS,
    filters: FILTERS,
    meta: META,
    url: 'https://tracker.example/?from=2025-01&to=2025-03&attribution=DPRK',
    downloadedAt: AT,
    locale,
    words: {
      credit: exportCredit({ filters: FILTERS, generatedOn: '2025-10-05', meta: META, locale }),
      describeView: (filters) => describeExportFilters(filters, META, locale),
      fileName: exportFileName,
    },
    ...overrides,
  };
}

/** Keeps the byte-order mark, which the CSVs must start with. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The ZIP's files as text, read back with fflate. */
function unzip(zip: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(zip)).map(([path, bytes]) => [path, UTF8.decode(bytes)]),
  );
}

function csvRows(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    comments: '# ',
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('buildDataPackage: the ZIP of a view', () => {
  it('holds the incidents, each chart, metadata.json and README.md, named after the view', () => {
    const built = buildDataPackage(input());
    expect(built.fileName).toBe('crypto-theft-data_2025-01_2025-03_dprk.zip');
    expect(Object.keys(unzip(built.zip)).sort()).toEqual([
      'README.md',
      'charts/by-category_2025-01_2025-03_dprk.csv',
      'charts/thefts-over-time_2025-01_2025-03_dprk.csv',
      'incidents.csv',
      'metadata.json',
    ]);
    expect(unzip(built.zip)).toEqual(built.files);
  });

  it('writes the rows in the order given, every field, summing to the metadata total', () => {
    const files = unzip(buildDataPackage(input()).zip);
    const rows = csvRows(files['incidents.csv'] ?? '');
    expect(rows.map((row) => row.id)).toEqual(['b', 'a']);
    expect(rows[1]).toMatchObject({
      chains: 'Ethereum; BSC',
      attribution: 'DPRK',
      amount_usd: '20000000.2',
    });
    expect(Object.keys(rows[0] ?? {})).toHaveLength(11);
    const cents = rows.reduce((sum, row) => sum + Math.round(Number(row.amount_usd) * 100), 0);
    const metadata = dataPackageMetadataSchema.parse(JSON.parse(files['metadata.json'] ?? ''));
    expect(metadata.totalUsd).toBe(cents / 100);
    expect(metadata.rowCount).toBe(2);
  });

  it('gives each chart CSV exactly as the chart export writes it, credit line first', () => {
    const { words } = input();
    const files = unzip(buildDataPackage(input()).zip);
    expect(files['charts/thefts-over-time_2025-01_2025-03_dprk.csv']).toBe(
      writeCsv(TIMELINE, { comment: words.credit }),
    );
    expect(files['incidents.csv']).toMatch(
      /^\uFEFF# Cite as: Crypto Theft Tracker \(dataset of [^)]+\) · data: Example Tracker, Curated press · /,
    );
  });

  it('describes the view, the dataset, the files and their columns in metadata.json', () => {
    const metadata = dataPackageMetadataSchema.parse(
      JSON.parse(unzip(buildDataPackage(input()).zip)['metadata.json'] ?? ''),
    );
    expect(metadata).toMatchObject({
      scope: 'view',
      language: 'en',
      view: {
        description: 'Attributed to DPRK · Jan 2025 – Mar 2025',
        url: 'https://tracker.example/?from=2025-01&to=2025-03&attribution=DPRK',
        filters: { from: '2025-01', to: '2025-03', attribution: DPRK, categories: [] },
      },
      dataset: { version: '2025-10-01', lastDate: '2025-09-30', incidentCount: 5 },
      downloadedAt: '2025-10-05T12:34:56.000Z',
    });
    const incidents = metadata.files.find((file) => file.path === 'incidents.csv');
    expect(incidents?.rowCount).toBe(2);
    expect(incidents?.columns.find((column) => column.name === 'amount_usd')).toMatchObject({
      type: 'number',
      unit: 'USD',
    });
    expect(incidents?.columns.find((column) => column.name === 'date')?.format).toBe('YYYY-MM-DD');
    const timeline = metadata.files.find((file) => file.path.startsWith('charts/thefts'));
    expect(timeline?.rowCount).toBe(3);
    expect(timeline?.columns.map((column) => column.unit)).toEqual([null, 'USD', 'count']);
    expect(metadata.citation.short).toBe('Crypto Theft Tracker (dataset of 1 Oct 2025)');
    expect(metadata.citation.full).toContain(metadata.view.url);
    expect(metadata.citation.full).toContain('retrieved 5 Oct 2025');
  });

  it('says in README.md what is inside, the filters, how to cite, the sources and caveats', () => {
    const readme = unzip(buildDataPackage(input()).zip)['README.md'] ?? '';
    expect(readme).toContain(
      'The incidents of one view: Attributed to DPRK · Jan 2025 – Mar 2025.',
    );
    expect(readme).toContain('2 incidents, $1,520,000,000.3 stolen in total.');
    expect(readme).toContain('Dataset of 1 Oct 2025, incidents to 30 Sept 2025.');
    expect(readme).toContain('| `charts/by-category_2025-01_2025-03_dprk.csv` |');
    expect(readme).toMatch(/## Active filters\n\n- Jan 2025 – Mar 2025\n- Attributed to DPRK\n/);
    expect(readme).toContain(
      '- Short, for a caption: Crypto Theft Tracker (dataset of 1 Oct 2025)',
    );
    expect(readme).toContain(
      '- Example Tracker (example/tracker) (https://example.org/tracker): 4 incidents',
    );
    expect(readme).toContain('- Curated press: 1 incident\n');
    expect(readme).toContain('## Caveats\n\n- Early years are thin');
  });

  it('is written in French for a French reader', () => {
    const files = unzip(buildDataPackage(input({ locale: 'fr' })).zip);
    expect(files['README.md']).toContain('## Filtres actifs');
    expect(files['README.md']).toContain('## Comment citer');
    expect(files['README.md']).toContain(
      `2 incidents, ${formattersFor('fr').formatUsd(1_520_000_000.3)} volés au total.`,
    );
    const metadata = dataPackageMetadataSchema.parse(JSON.parse(files['metadata.json'] ?? ''));
    expect(metadata.language).toBe('fr');
    expect(metadata.view.description).toBe('Attribués à la RPDC · janv. 2025 – mars 2025');
  });
});

describe('buildDataPackage: the whole dataset', () => {
  it('holds every incident and no chart, with no filters', () => {
    const built = buildDataPackage(
      input({
        scope: 'all',
        incidents: ALL_ROWS,
        charts: [],
        filters: EMPTY_FILTERS,
        url: 'https://tracker.example/',
      }),
    );
    expect(built.fileName).toBe('crypto-theft-data-whole_all-time.zip');
    const files = unzip(built.zip);
    expect(Object.keys(files).sort()).toEqual(['README.md', 'incidents.csv', 'metadata.json']);
    expect(csvRows(files['incidents.csv'] ?? '').map((row) => row.id)).toEqual([
      'b',
      'a',
      'c',
      'd',
      'e',
    ]);
    const metadata = dataPackageMetadataSchema.parse(JSON.parse(files['metadata.json'] ?? ''));
    expect(metadata).toMatchObject({ scope: 'all', rowCount: 5, view: { filters: EMPTY_FILTERS } });
    expect(metadata.view.description).toBe('All incidents · All time (Mar 2014 – Sep 2025)');
    expect(files['README.md']).toContain('The whole dataset, every incident');
    expect(files['README.md']).toContain(
      '## Active filters\n\nNone: every incident of the dataset.',
    );
  });
});
