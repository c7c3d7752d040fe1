// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../../mocks/fixtures/hostile-incidents';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { parseIncidentsResponse } from '../../../src/data/parse-incidents';

const bad = (overrides: Record<string, unknown>) => ({
  ...makeIncident({ id: 'bad' }),
  ...overrides,
});
const nameless: Record<string, unknown> = { ...makeIncident({ id: 'bad' }) };
delete nameless.name;

/**
 * A bad row after the three valid ones ($7,000,000 in all): which field, and why. The page shows
 * this report (tests/component/errors/bad-rows.test.tsx renders one case); the cases live here.
 * An amount that overflows to Infinity in the JSON text is in fetch-incidents.test.ts.
 */
const BAD_ROWS: [string, unknown, string, string][] = [
  [
    'a date that is not a real day',
    bad({ date: '2025-02-30' }),
    'date',
    'is not a real calendar date',
  ],
  [
    'a date that is not a date',
    bad({ date: 'yesterday' }),
    'date',
    'must be a date written YYYY-MM-DD',
  ],
  ['a negative amount', bad({ amountUsd: -250_000 }), 'amountUsd', 'must be greater than zero'],
  ['a zero amount', bad({ amountUsd: 0 }), 'amountUsd', 'must be greater than zero'],
  ['a NaN amount', bad({ amountUsd: 'NaN' }), 'amountUsd', 'must be a number of US dollars'],
  [
    'an amount in a string',
    bad({ amountUsd: '1000000' }),
    'amountUsd',
    'must be a number of US dollars',
  ],
  [
    'an absurdly large amount',
    bad({ amountUsd: 4.2e15 }),
    'amountUsd',
    'must not exceed $100,000,000,000',
  ],
  [
    'an unknown category',
    bad({ category: 'casino' }),
    'category',
    'must be one of defi-protocol, centralized-exchange, bridge, wallet, gaming, other',
  ],
  ['no name', nameless, 'name', 'is missing'],
  ['a blank name', bad({ name: '   ' }), 'name', 'must not be blank (nothing visible in it)'],
  [
    'chains that are not a list',
    bad({ chains: 'Ethereum, BSC' }),
    'chains',
    'must be a list of chain names',
  ],
  [
    'a javascript: source URL',
    bad({ sourceUrls: [HOSTILE.javascriptUrl] }),
    'sourceUrls.0',
    'must be an http(s) URL',
  ],
  [
    'a data: source URL',
    bad({ sourceUrls: [HOSTILE.dataUrl] }),
    'sourceUrls.0',
    'must be an http(s) URL',
  ],
  ['no source URL', bad({ sourceUrls: [] }), 'sourceUrls', 'must list at least one source'],
  ['a negative returned amount', bad({ returnedUsd: -1 }), 'returnedUsd', 'must not be negative'],
  [
    'the id of an earlier row',
    bad({ id: 'alpha', amountUsd: 9e9 }),
    'id',
    'duplicates an earlier row',
  ],
];

describe('parseIncidentsResponse with one bad row among valid ones', () => {
  it.each(BAD_ROWS)(
    'leaves out and reports a row with %s, and keeps the valid rows only',
    (_what, row, field, reason) => {
      const result = parseIncidentsResponse(incidentsResponse([...SMALL_ROWS, row]));
      const id = typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : null;
      expect(result.skipped).toEqual([{ row: 4, id, field, reason }]);
      expect(result.receivedCount).toBe(4);
      expect(result.incidents).toEqual(SMALL_ROWS);
      const total = result.incidents.reduce((sum, incident) => sum + incident.amountUsd, 0);
      expect(total).toBe(7_000_000);
    },
  );

  it('reports several bad rows in the order of the list, with the row each one was', () => {
    const valid = Array.from({ length: 20 }, (_, i) => makeIncident({ id: `valid-${i}` }));
    const result = parseIncidentsResponse(
      incidentsResponse([
        ...valid.slice(0, 10),
        bad({ id: 'one', date: '2025-02-30' }),
        ...valid.slice(10),
        bad({ id: 'two', amountUsd: -1 }),
        null,
      ]),
    );
    expect(result.skipped).toEqual([
      { row: 11, id: 'one', field: 'date', reason: 'is not a real calendar date' },
      { row: 22, id: 'two', field: 'amountUsd', reason: 'must be greater than zero' },
      { row: 23, id: null, field: '(row)', reason: 'is not an incident object' },
    ]);
    expect(result.incidents).toEqual(valid);
    expect(result.receivedCount).toBe(23);
  });
});
