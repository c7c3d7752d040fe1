// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../../mocks/fixtures/hostile-incidents';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { MAX_AMOUNT_USD } from '../../../src/data/incident-schema';
import { IncidentsError } from '../../../src/data/incidents-error';
import { parseIncidentsResponse } from '../../../src/data/parse-incidents';

const row = (overrides: Record<string, unknown>) => ({
  ...makeIncident({ id: 'bad' }),
  ...overrides,
});
const nameless: Record<string, unknown> = { ...makeIncident({ id: 'bad' }) };
delete nameless.name;

describe('a row that fails validation', () => {
  it.each<[string, unknown, string, string]>([
    [
      'a date that is not a real day',
      row({ date: '2025-02-30' }),
      'date',
      'is not a real calendar date',
    ],
    [
      'a date in another format',
      row({ date: '21/02/2025' }),
      'date',
      'must be a date written YYYY-MM-DD',
    ],
    ['a negative amount', row({ amountUsd: -1 }), 'amountUsd', 'must be greater than zero'],
    ['a zero amount', row({ amountUsd: 0 }), 'amountUsd', 'must be greater than zero'],
    ['a NaN amount', row({ amountUsd: Number.NaN }), 'amountUsd', 'must be a number of US dollars'],
    [
      'an infinite amount',
      row({ amountUsd: Infinity }),
      'amountUsd',
      'must be a number of US dollars',
    ],
    [
      'an amount as a string',
      row({ amountUsd: '1000' }),
      'amountUsd',
      'must be a number of US dollars',
    ],
    [
      'an absurd amount',
      row({ amountUsd: MAX_AMOUNT_USD * 10 }),
      'amountUsd',
      'must not exceed $100,000,000,000',
    ],
    [
      'an unknown category',
      row({ category: 'casino' }),
      'category',
      'must be one of defi-protocol, centralized-exchange, bridge, wallet, gaming, other',
    ],
    ['no name', nameless, 'name', 'is missing'],
    [
      'a name of zero-width characters only',
      row({ name: '\u200B\u200C\u200D\u2060\uFEFF' }),
      'name',
      'must not be blank (nothing visible in it)',
    ],
    [
      'a chain of a zero-width space',
      row({ chains: ['\u200B'] }),
      'chains.0',
      'must not be blank (nothing visible in it)',
    ],
    ['a blank name', row({ name: ' \t ' }), 'name', 'must not be blank (nothing visible in it)'],
    [
      'chains that are not a list',
      row({ chains: 'Ethereum' }),
      'chains',
      'must be a list of chain names',
    ],
    ['a chain that is not text', row({ chains: [1] }), 'chains.0', 'must be a chain name (text)'],
    [
      'a javascript: source',
      row({ sourceUrls: [HOSTILE.javascriptUrl] }),
      'sourceUrls.0',
      'must be an http(s) URL',
    ],
    [
      'a data: source',
      row({ sourceUrls: [HOSTILE.dataUrl] }),
      'sourceUrls.0',
      'must be an http(s) URL',
    ],
    ['no source', row({ sourceUrls: [] }), 'sourceUrls', 'must list at least one source'],
    ['a negative returned amount', row({ returnedUsd: -3 }), 'returnedUsd', 'must not be negative'],
    [
      'more returned than stolen',
      row({ amountUsd: 39_750_000, returnedUsd: 51_000_000 }),
      'returnedUsd',
      'must not exceed amountUsd (more returned than stolen)',
    ],
    [
      'a source link with a user name and password',
      row({ sourceUrls: ['https://user:pass@example.org/report'] }),
      'sourceUrls.0',
      'must not carry a user name or password (user:pass@): such a link is refused',
    ],
    ['a technique that is a number', row({ technique: 5 }), 'technique', 'must be text or null'],
    [
      'a chain name with a lone surrogate',
      row({ chains: ['Ethereum', 'Sol\uD800ana'] }),
      'chains.1',
      'must be well-formed Unicode (it holds a lone surrogate, half of a character)',
    ],
    [
      'a name with a lone low surrogate',
      row({ name: '\uDC00 Protocol' }),
      'name',
      'must be well-formed Unicode (it holds a lone surrogate, half of a character)',
    ],
    [
      'a chain name of 201 characters',
      row({ chains: ['c'.repeat(201)] }),
      'chains.0',
      'must be at most 200 characters',
    ],
    [
      'an attribution of 201 characters',
      row({ attribution: 'a'.repeat(201) }),
      'attribution',
      'must be at most 200 characters',
    ],
    [
      'a blank technique',
      row({ technique: '  ' }),
      'technique',
      'must not be blank (nothing visible in it)',
    ],
  ])('is skipped and reported when it has %s', (_what, bad, field, reason) => {
    const result = parseIncidentsResponse(incidentsResponse([...SMALL_ROWS, bad]));
    expect(result.incidents).toEqual(SMALL_ROWS);
    expect(result.skipped).toEqual([{ row: 4, id: 'bad', field, reason }]);
    expect(result.receivedCount).toBe(4);
  });

  it.each<[string, string, string]>([
    ['10,000 characters long', 'i'.repeat(10_000), 'must be at most 200 characters'],
    [
      'holding a lone surrogate',
      'id-\uD800',
      'must be well-formed Unicode (it holds a lone surrogate, half of a character)',
    ],
    ['blank', '   ', 'must not be blank (nothing visible in it)'],
  ])('is skipped when its id is %s, which no link could carry', (_what, id, reason) => {
    const result = parseIncidentsResponse(incidentsResponse([...SMALL_ROWS, row({ id })]));
    expect(result.incidents).toEqual(SMALL_ROWS);
    expect(result.skipped).toEqual([{ row: 4, id, field: 'id', reason }]);
  });

  it('keeps an id and option values of exactly 200 characters, and emoji', () => {
    const long = row({
      id: 'i'.repeat(200),
      chains: ['c'.repeat(200), 'Ethereum \uD83D\uDE00'],
      attribution: 'a'.repeat(200),
      technique: 't'.repeat(200),
    });
    const result = parseIncidentsResponse(incidentsResponse([long]));
    expect(result.skipped).toEqual([]);
    expect(result.incidents).toHaveLength(1);
  });

  it.each([null, 42, 'a row', [], true])('is reported without an id when it is %j', (bad) => {
    const result = parseIncidentsResponse(incidentsResponse([bad, ...SMALL_ROWS]));
    expect(result.skipped).toEqual([
      { row: 1, id: null, field: '(row)', reason: 'is not an incident object' },
    ]);
    expect(result.incidents).toHaveLength(3);
  });

  it('keeps the first of two rows with the same id and reports the second', () => {
    const copy = { ...SMALL_ROWS[2], id: 'alpha' };
    const result = parseIncidentsResponse(incidentsResponse([...SMALL_ROWS, copy]));
    expect(result.skipped).toEqual([
      { row: 4, id: 'alpha', field: 'id', reason: 'duplicates an earlier row' },
    ]);
    expect(result.incidents.map((incident) => incident.id)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('ignores unknown extra fields', () => {
    const extra = SMALL_ROWS.map((incident) => ({ ...incident, severity: 'high', tags: ['<b>'] }));
    const result = parseIncidentsResponse({ ...incidentsResponse(extra), version: 2 });
    expect(result.incidents).toEqual(SMALL_ROWS);
    expect(result.skipped).toEqual([]);
  });
});

describe('a response of the wrong shape', () => {
  const meta = incidentsResponse([]).meta;
  it.each<[string, unknown, string]>([
    ['a list', [], 'the body must be an object, not a list or a single value'],
    ['null', null, 'the body must be an object, not a list or a single value'],
    [
      'incidents that are not a list',
      { incidents: {}, meta },
      'incidents: must be a list of incidents',
    ],
    ['no incidents', { meta }, 'incidents: is missing'],
  ])('fails as a whole when it is %s', (_what, body, detail) => {
    expect(() => parseIncidentsResponse(body)).toThrow(IncidentsError);
    expect(() => parseIncidentsResponse(body)).toThrow(`wrong shape (${detail})`);
  });
});
