import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import dataset from '../../../mocks/data/incidents.json';
import { incidentSchema } from '../../../src/data/incident-schema';
import type { Incident } from '../../../src/domain/incident';
import { CHAIN_SEPARATOR, incidentsTable, URL_SEPARATOR } from '../../../src/data/incidents-csv';
import { CSV_BOM, neutralizeFormula, writeCsv, type CsvTable } from '../../../src/lib/csv';

const TEXT_AND_NUMBER: CsvTable['columns'] = [
  { header: 'name', kind: 'text' },
  { header: 'amount_usd', kind: 'number' },
];

/** The CSV's data lines, without the BOM and the header (for cells with no line break). */
function dataLines(csv: string): string[] {
  return csv.slice(CSV_BOM.length).split('\r\n').slice(1, -1);
}

/** The whole file for one row of a text cell and the number 1. */
function oneRow(field: string): string {
  return `${CSV_BOM}name,amount_usd\r\n${field},1\r\n`;
}

/** Parses CSV text back into rows of strings (header included), as a spreadsheet would. */
function parse(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(CSV_BOM.length), {
    newline: '\r\n',
    delimiter: ',',
  });
  expect(result.errors).toEqual([]);
  // The last line ends in CRLF too, which Papa reads as one more, empty, row.
  expect(result.data.at(-1)).toEqual(['']);
  return result.data.slice(0, -1);
}

describe('writeCsv', () => {
  it('starts with a UTF-8 byte-order mark and a header row, and ends every line in CRLF', () => {
    const csv = writeCsv({ columns: TEXT_AND_NUMBER, rows: [['Bybit', 1_460_000_000]] });
    expect(csv).toBe(`${CSV_BOM}name,amount_usd\r\nBybit,1460000000\r\n`);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes the credit comment after the byte-order mark and before the header', () => {
    const csv = writeCsv(
      { columns: TEXT_AND_NUMBER, rows: [['Bybit', 1]] },
      { comment: 'Crypto Theft Tracker · data to 19 Aug 2026' },
    );
    expect(csv).toBe(
      `${CSV_BOM}# Crypto Theft Tracker · data to 19 Aug 2026\r\nname,amount_usd\r\nBybit,1\r\n`,
    );
    const parsed = Papa.parse<string[]>(csv.slice(CSV_BOM.length), {
      newline: '\r\n',
      comments: '# ',
      skipEmptyLines: true,
    });
    expect(parsed.data).toEqual([
      ['name', 'amount_usd'],
      ['Bybit', '1'],
    ]);
  });

  it('keeps the comment on one line when the text holds line breaks', () => {
    const csv = writeCsv(
      { columns: TEXT_AND_NUMBER, rows: [] },
      { comment: 'data: Evil\r\nname,amount_usd\nx' },
    );
    expect(csv).toBe(`${CSV_BOM}# data: Evil name,amount_usd x\r\nname,amount_usd\r\n`);
  });

  it('writes only the header when there are no rows', () => {
    expect(writeCsv({ columns: TEXT_AND_NUMBER, rows: [] })).toBe(`${CSV_BOM}name,amount_usd\r\n`);
  });

  it.each([
    ['a comma', 'Bridge, Inc.', '"Bridge, Inc."'],
    ['a double quote', 'The "Big" hack', '"The ""Big"" hack"'],
    ['a line feed', 'two\nlines', '"two\nlines"'],
    ['a carriage return inside', 'a\rb', '"a\rb"'],
    ['CRLF', 'a\r\nb', '"a\r\nb"'],
    ['nothing special', 'Ronin Bridge', 'Ronin Bridge'],
    ['accents and curly quotes', 'Señor “Théo”', 'Señor “Théo”'],
    ['an empty string', '', ''],
  ])('quotes a text cell with %s as RFC 4180 says', (_case, text, field) => {
    expect(writeCsv({ columns: TEXT_AND_NUMBER, rows: [[text, 1]] })).toBe(oneRow(field));
  });

  it('writes numbers raw: no thousands separators, no currency, decimals with a point', () => {
    const csv = writeCsv({
      columns: TEXT_AND_NUMBER,
      rows: [
        ['a', 1_650_000_000],
        ['b', 190_155.98],
        ['c', null],
        ['d', 0],
      ],
    });
    expect(dataLines(csv)).toEqual(['a,1650000000', 'b,190155.98', 'c,', 'd,0']);
  });

  it('writes null text as an empty cell', () => {
    expect(dataLines(writeCsv({ columns: TEXT_AND_NUMBER, rows: [[null, 5]] }))).toEqual([',5']);
  });
});

describe('CSV injection (OWASP): text that a spreadsheet would run as a formula', () => {
  it.each([
    [
      '=',
      '=HYPERLINK("http://evil.example","click")',
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    ],
    ['+', '+1+1', "'+1+1"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a tab', '\t=1', "'\t=1"],
    ['a carriage return', '\r=1', `"'\r=1"`],
  ])('gets a single quote in front when it starts with %s', (_start, text, field) => {
    expect(writeCsv({ columns: TEXT_AND_NUMBER, rows: [[text, 1]] })).toBe(oneRow(field));
  });

  it('leaves text alone when the character is not the first one', () => {
    const csv = writeCsv({ columns: TEXT_AND_NUMBER, rows: [['a=b-c+d@e', 1]] });
    expect(dataLines(csv)).toEqual(['a=b-c+d@e,1']);
  });

  it('never touches a number column: a negative number stays a number', () => {
    const csv = writeCsv({ columns: TEXT_AND_NUMBER, rows: [['loss', -1500.5]] });
    expect(dataLines(csv)).toEqual(['loss,-1500.5']);
  });

  it('neutralizes text that was put in a number column by mistake', () => {
    const csv = writeCsv({ columns: TEXT_AND_NUMBER, rows: [['x', '=1+1']] });
    expect(dataLines(csv)).toEqual(["x,'=1+1"]);
  });
});

describe('round trip: parsing the CSV back gives the same rows', () => {
  const cell = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('', ',', '"', '\r\n', '\n', '\r', ' a, "b"\n c ', '=cmd', '-1', 'Señor'),
  );
  const amount = fc
    .oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer())
    .map((n) => (Object.is(n, -0) ? 0 : n));

  it('keeps every text (neutralized where it starts like a formula) and every number exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, amount), { maxLength: 20 }), (rows) => {
        const parsed = parse(writeCsv({ columns: TEXT_AND_NUMBER, rows }));
        expect(parsed[0]).toEqual(['name', 'amount_usd']);
        expect(parsed.slice(1).map(([text, number]) => [text, Number(number)])).toEqual(
          rows.map(([text, number]) => [neutralizeFormula(text), number]),
        );
      }),
    );
  });

  it('gives back every incident of the dataset, field for field', () => {
    const incidents = dataset.incidents.map((row) => incidentSchema.parse(row));
    const [header, ...rows] = parse(writeCsv(incidentsTable(incidents)));
    expect(header).toEqual([
      'id',
      'date',
      'name',
      'amount_usd',
      'category',
      'technique',
      'technique_class',
      'chains',
      'attribution',
      'returned_usd',
      'source_urls',
    ]);
    const text = (value: string | undefined) =>
      value === '' || value === undefined ? null : value;
    const list = (value: string | undefined, separator: string) =>
      value ? value.split(separator) : [];
    const back = rows.map((row): Record<keyof Incident, unknown> => ({
      id: row[0],
      date: row[1],
      name: row[2],
      amountUsd: Number(row[3]),
      category: row[4],
      technique: text(row[5]),
      techniqueClass: row[6],
      chains: list(row[7], CHAIN_SEPARATOR),
      attribution: text(row[8]),
      returnedUsd: row[9] === '' ? null : Number(row[9]),
      sourceUrls: list(row[10], URL_SEPARATOR),
    }));
    expect(back).toEqual(incidents);
  });
});
