// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { HOSTILE } from '../../../mocks/fixtures/hostile-incidents';
import { incidentSchema } from '../../../src/data/incident-schema';
import { readPlainIncident } from '../../../src/data/plain-incident';
import { rawRows, validRow } from './incident-arbitraries';

/** Rows with one field swapped for something odd: the cases where a fast check could go wrong. */
const oddValue = fc.oneof(
  fc.anything({ maxDepth: 1 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.array(fc.string({ unit: 'binary', maxLength: 3 }), { maxLength: 2 }),
  fc.constantFrom(
    '\uD800',
    '\u200B\u200D',
    ['\u2060'],
    '\u202E',
    'a\uDC00b',
    '\uD83D\uDE00',
    ['\uD83D'],
    ['https://example.org/\uDFFF'],
    'x'.repeat(200),
    'x'.repeat(201),
    ['x'.repeat(201)],
    [' '],
    '',
    ' ',
    '2025-02-29',
    '2024-02-29',
    '2025-1-01',
    -0,
    0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e11,
    1e11 + 1,
    'casino',
    [],
    [''],
    ['ftp://example.org'],
    ['https://'],
    ['HTTPS://EXAMPLE.ORG/A'],
    [HOSTILE.javascriptUrl],
    ['https://user:pass@example.org/a'],
    ['https://user@example.org/a'],
    2e6,
    null,
    undefined,
  ),
);
const FIELDS = Object.keys(makeIncident()) as (keyof ReturnType<typeof makeIncident>)[];
const oddRow = fc
  .tuple(validRow, fc.constantFrom(...FIELDS), oddValue, fc.boolean())
  .map(([row, field, value, drop]): Record<string, unknown> => {
    const copy: Record<string, unknown> = { ...row, [field]: value, extra: '<b>kept out</b>' };
    return drop ? Object.fromEntries(Object.entries(copy).filter(([key]) => key !== field)) : copy;
  });

describe('the fast row check before the schema', () => {
  it('never accepts a row the schema rejects, and returns what the schema returns', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          rawRows.map((rows) => rows[0]),
          oddRow,
        ),
        (raw) => {
          const plain = readPlainIncident(raw);
          if (plain === null) return;
          const parsed = incidentSchema.safeParse(raw);
          expect(parsed.success).toBe(true);
          expect(plain).toStrictEqual(parsed.data);
          expect(Object.isFrozen(plain.chains)).toBe(Object.isFrozen(parsed.data?.chains));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts every row the schema accepts, so the schema only runs on the bad ones', () => {
    fc.assert(
      fc.property(fc.oneof(validRow, oddRow), (raw) => {
        expect(readPlainIncident(raw) !== null).toBe(incidentSchema.safeParse(raw).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves out fields the contract does not know', () => {
    const plain = readPlainIncident({ ...makeIncident(), severity: 'high', '<b>': '<i>' });
    expect(plain).toStrictEqual(makeIncident());
  });
});
