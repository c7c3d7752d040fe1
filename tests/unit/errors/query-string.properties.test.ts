// @vitest-environment node
import { parseViewInWords } from '../view/view-in-words';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../../mocks/fixtures/hostile-incidents';
import { isLinkableValue } from '../../../src/data/incident-schema';
import { CATEGORIES, MAX_ID_LENGTH, MAX_OPTION_LENGTH } from '../../../src/domain/incident';
import { isMonthKey } from '../../../src/domain/months';
import { DEFAULT_VIEW } from '../../../src/domain/view-state';
import { MAX_PARAM_LENGTH, serializeViewParams } from '../../../src/domain/view-url';

const KEYS = ['from', 'to', 'attribution', 'category', 'chain', 'technique', 'q', 'min', 'max'];
const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    ...Object.values(HOSTILE),
    '2025-13',
    '2025-02',
    '-5',
    '1e400',
    'NaN',
    '%E0%A4%A',
  ),
  fc.string({ minLength: MAX_PARAM_LENGTH - 2, maxLength: MAX_PARAM_LENGTH + 5 }),
);
const pair = fc.tuple(fc.oneof(fc.constantFrom(...KEYS, 'mode', 'sort'), fc.string()), value);
/** Query strings a person or a crawler might produce: real keys, junk keys, any values. */
const queryString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(pair, { maxLength: 12 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.array(pair, { maxLength: 12 }).map((pairs) => `?${pairs.map((p) => p.join('=')).join('&')}`),
);

describe('any query string', () => {
  it('gives a usable view and never throws', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const { view } = parseViewInWords(search);
        const { from, to, minAmount, maxAmount, categories } = view.filters;
        for (const month of [from, to]) if (month !== null) expect(isMonthKey(month)).toBe(true);
        if (from !== null && to !== null) expect(from <= to).toBe(true);
        for (const amount of [minAmount, maxAmount]) {
          if (amount !== null) expect(Number.isFinite(amount) && amount >= 0).toBe(true);
        }
        for (const category of categories) expect(CATEGORIES).toContain(category);
        expect(['monthly', 'yearly']).toContain(view.mode);
        expect(view.filters.search.length).toBeLessThanOrEqual(MAX_PARAM_LENGTH);
      }),
    );
  });

  it('says what it ignored in short sentences, never a value longer than 40 characters', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        for (const notice of parseViewInWords(search).notices) {
          for (const quoted of notice.match(/“[^”]*”/g) ?? []) {
            expect(Array.from(quoted).length).toBeLessThanOrEqual(40 + 3);
          }
        }
      }),
    );
  });
});

/** Any id or option value the data contract accepts (well-formed, not blank, ≤ 200 characters). */
const linkable = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
    fc.constantFrom(' DPRK ', 'a,b', 'x'.repeat(MAX_ID_LENGTH), '100%', '+', '&q=1', '😀'),
    fc.string({ minLength: MAX_OPTION_LENGTH - 2, maxLength: MAX_OPTION_LENGTH }),
  )
  .filter((value) => isLinkableValue(value, MAX_OPTION_LENGTH));

describe('a link to what the data holds', () => {
  it('reads back every id, chain, attribution and technique the schema accepts', () => {
    fc.assert(
      fc.property(linkable, fc.array(linkable, { maxLength: 3 }), linkable, (value, chains, id) => {
        const view = {
          ...DEFAULT_VIEW,
          filters: { ...DEFAULT_VIEW.filters, attribution: value, technique: value, chains },
          incident: id,
        };
        const { view: read, notices } = parseViewInWords(`?${serializeViewParams(view)}`);
        expect(notices).toEqual([]);
        expect(read.incident).toBe(id);
        expect(read.filters.attribution).toBe(value);
        expect(read.filters.technique).toBe(value);
        expect(read.filters.chains).toEqual([...new Set(chains)]);
      }),
    );
  });
});
