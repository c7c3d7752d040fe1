// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CsvFormatError, parseCsv } from '../../../scripts/lib/csv';
import { formatDatasetJson } from '../../../scripts/lib/dataset-json';
import {
  ESTIMATE_COLUMNS,
  INCIDENT_COLUMNS,
  toIncident,
  toIncidents,
  toPublishedEstimate,
} from '../../../scripts/lib/incident-rows';
import { formatProblem } from '../../../scripts/lib/row-problems';
import { PROVENANCE_COLUMNS, countSources } from '../../../scripts/lib/sources';

const HEADER = INCIDENT_COLUMNS.join(',');
const GOOD_ROW =
  'x-2024-05-03,2024-05-03,"Example, Inc.",742286.27,defi-protocol,,BSC; Ethereum ;,DPRK (TraderTraitor),,' +
  'https://a.example/one ; https://b.example/two#anchor ; http://c.example/three';

function incidentRecords(...rows: string[]) {
  return parseCsv([HEADER, ...rows].join('\n'), INCIDENT_COLUMNS, 'incidents.csv');
}

function convertOne(row: string) {
  const [record] = incidentRecords(row);
  if (!record) throw new Error('the test row did not parse');
  return toIncident(record);
}

describe('converting an incidents.csv row', () => {
  const result = convertOne(GOOD_ROW);
  const incident = result.ok ? result.value : null;

  it('keeps every source URL, split on " ; " and trimmed', () => {
    expect(incident?.sourceUrls).toEqual([
      'https://a.example/one',
      'https://b.example/two#anchor',
      'http://c.example/three',
    ]);
  });

  it('turns an empty technique and returned amount into null', () => {
    expect(incident?.technique).toBeNull();
    expect(incident?.returnedUsd).toBeNull();
  });

  it('splits chains on ";" and trims them, dropping empty pieces', () => {
    expect(incident?.chains).toEqual(['BSC', 'Ethereum']);
  });

  it('keeps the cents of an amount and the quoted name with its comma', () => {
    expect(incident?.amountUsd).toBe(742286.27);
    expect(incident?.name).toBe('Example, Inc.');
  });

  it.each([
    ['', []],
    ['Bitcoin', ['Bitcoin']],
    ['Bitcoin (Omni);Ethereum', ['Bitcoin (Omni)', 'Ethereum']],
  ])('reads chains %j as %j', (chains, expected) => {
    const converted = convertOne(
      `y-2020-01-01,2020-01-01,Y,10000000,other,t,${chains},,2500000,https://y.example`,
    );
    expect(converted.ok && converted.value.chains).toEqual(expected);
    expect(converted.ok && converted.value.returnedUsd).toBe(2_500_000);
  });
});

describe('reporting rows that cannot be used', () => {
  it.each([
    ['amount_usd', 'z-2020-01-01,2020-01-01,Z,12k,other,,,,,https://z.example'],
    ['amount_usd', 'z-2020-01-01,2020-01-01,Z,,other,,,,,https://z.example'],
    ['date', 'z-2020-01-01,2020-02-30,Z,10,other,,,,,https://z.example'],
    ['category', 'z-2020-01-01,2020-01-01,Z,10,exchange,,,,,https://z.example'],
    ['source_url', 'z-2020-01-01,2020-01-01,Z,10,other,,,,,ftp://z.example'],
    ['source_url', 'z-2020-01-01,2020-01-01,Z,10,other,,,,,'],
  ])('names the row and the %s column', (column, row) => {
    const { incidents, problems } = toIncidents(incidentRecords(GOOD_ROW, row));
    expect(incidents).toHaveLength(1);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ row: 3, id: 'z-2020-01-01', column });
    expect(problem && formatProblem(problem)).toMatch(
      new RegExp(`^row 3 \\(z-2020-01-01\\), column ${column}: `),
    );
  });

  it('reports an id used twice, pointing at the first row', () => {
    const { incidents, problems } = toIncidents(incidentRecords(GOOD_ROW, GOOD_ROW));
    expect(incidents).toHaveLength(1);
    expect(problems).toEqual([
      { row: 3, id: 'x-2024-05-03', column: 'id', reason: 'duplicates row 2' },
    ]);
  });

  it('reads a row typed with LF endings into a file with CRLF endings', () => {
    const text = `${HEADER}\r\n${GOOD_ROW}\r\n${GOOD_ROW.replace(/^x-/, 'w-')}\n`;
    const { incidents, problems } = toIncidents(parseCsv(text, INCIDENT_COLUMNS, 'mixed.csv'));
    expect(problems).toEqual([]);
    expect(incidents.map((incident) => incident.sourceUrls.at(-1))).toEqual([
      'http://c.example/three',
      'http://c.example/three',
    ]);
  });

  it('refuses a file whose header or field count is wrong', () => {
    expect(() => parseCsv('id,date\n1,2', INCIDENT_COLUMNS, 'bad.csv')).toThrow(CsvFormatError);
    expect(() => incidentRecords('a,b,c')).toThrow(/row 2 has 3 fields, expected 10/);
  });
});

describe('converting a published-estimates.csv row', () => {
  const header = ESTIMATE_COLUMNS.join(',');

  it('maps the columns to camelCase fields', () => {
    const [record] = parseCsv(
      `${header}\nMSMT,DPRK stolen,2025-01-01,2025-09-30,1650000000,note,2025-10-22,"q, uoted",https://m.example`,
      ESTIMATE_COLUMNS,
      'published-estimates.csv',
    );
    expect(record && toPublishedEstimate(record)).toEqual({
      ok: true,
      value: {
        publisher: 'MSMT',
        metric: 'DPRK stolen',
        periodStart: '2025-01-01',
        periodEnd: '2025-09-30',
        amountUsd: 1_650_000_000,
        scopeNote: 'note',
        published: '2025-10-22',
        quote: 'q, uoted',
        sourceUrl: 'https://m.example',
      },
    });
  });

  it('reports a source that is not a URL', () => {
    const [record] = parseCsv(
      `${header}\nP,m,2025-01-01,2025-09-30,1,n,2025,q,see report`,
      ESTIMATE_COLUMNS,
      'published-estimates.csv',
    );
    const result = record && toPublishedEstimate(record);
    expect(result?.ok === false && result.problems.map((problem) => problem.column)).toEqual([
      'source_url',
    ]);
  });
});

describe('counting incidents per source', () => {
  const provenance = (...rows: string[]) =>
    parseCsv([PROVENANCE_COLUMNS.join(','), ...rows].join('\n'), PROVENANCE_COLUMNS, 'p.csv');

  it('counts each primary input under its source name', () => {
    const { sources, problems } = countSources(
      provenance('a,DeFiHackLabs,,,,,', 'b,DeFiHackLabs,,,,,', 'c,curated page,,,,,'),
      new Set(['a', 'b', 'c']),
    );
    expect(problems).toEqual([]);
    expect(sources.find((source) => source.name.startsWith('DeFiHackLabs'))?.incidentCount).toBe(2);
    expect(sources.reduce((sum, source) => sum + source.incidentCount, 0)).toBe(3);
  });

  it('reports an unknown input and counts that no longer add up', () => {
    const { problems } = countSources(provenance('a,my blog,,,,,'), new Set(['a', 'b']));
    expect(problems).toEqual([
      'incidents_provenance.csv row 2 (a): unknown primary_input "my blog"',
      'incidents_provenance.csv: no row for incident b',
      'source counts add up to 0, but there are 2 incidents',
    ]);
  });
});

describe('writing the dataset file', () => {
  it('puts each incident on its own line and reads back as the same data', () => {
    const { incidents } = toIncidents(incidentRecords(GOOD_ROW, GOOD_ROW.replace(/^x-/, 'w-')));
    const response = {
      incidents,
      meta: {
        count: 2,
        firstDate: '2024-05-03',
        lastDate: '2024-05-03',
        generatedAt: '2026-11-29T00:00:00Z',
        version: '2026-12-01',
        sources: [],
        publishedEstimates: [],
      },
    };
    const text = formatDatasetJson(response);
    expect(text.split('\n').filter((line) => line.startsWith('{"id":'))).toHaveLength(2);
    expect(JSON.parse(text)).toEqual(response);
  });
});
