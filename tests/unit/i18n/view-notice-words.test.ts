import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, SUSPECTED_DPRK } from '../../../src/domain/filter';
import {
  unknownValues,
  withoutUnknownValues,
  type OptionValues,
} from '../../../src/domain/filter-options';
import { en } from '../../../src/lib/i18n/messages-en';
import { fr } from '../../../src/lib/i18n/messages-fr';
import { unknownValueNotices } from '../../../src/lib/i18n/view-notice-words';
import { parseViewInWords } from '../view/view-in-words';

describe('the notices about a link, in both languages', () => {
  it.each([
    ['?from=2025-13', /2025-13/, /2025-13/],
    ['?sort=__proto__', /use one of date-desc/, /__proto__/],
    ['?nope=1', /unknown parameter “nope”/, /nope/],
    ['?from=2025-09&to=2025-01', /reversed/, /2025-09/],
  ])('words %s in English and in French', (search, english, french) => {
    const inEnglish = parseViewInWords(search).notices;
    const inFrench = parseViewInWords(search, fr).notices;
    expect(inEnglish).toHaveLength(1);
    expect(inEnglish[0]).toMatch(english);
    expect(inFrench).toHaveLength(1);
    expect(inFrench[0]).toMatch(french);
    expect(inFrench[0]).not.toBe(inEnglish[0]);
  });

  it('quotes a long or bidi-laden value short and without its controls', () => {
    const [notice] = parseViewInWords(`?from=${'\u202E'}${'x'.repeat(100)}`).notices;
    expect(notice).not.toContain('\u202E');
    expect(notice?.length).toBeLessThan(120);
  });
});

describe('values a link names that the data does not have', () => {
  const values: OptionValues = {
    attributions: ['Lazarus'],
    chains: ['Ethereum'],
    techniques: [],
    names: new Map([['bybit-2025-02-21', 'Bybit']]),
  };

  it('are the ones ignored and the ones said, never two different lists', () => {
    const filters = {
      ...EMPTY_FILTERS,
      attribution: SUSPECTED_DPRK, // an option-count key, not a value the filter takes
      chains: ['Ethereum', 'Nowhere'],
      technique: 'no-such-class',
      exclude: ['bybit-2025-02-21', 'gone-2020-01-01'],
    };
    const unknown = unknownValues(filters, values);
    expect(unknown).toEqual({
      attribution: SUSPECTED_DPRK,
      chains: ['Nowhere'],
      technique: 'no-such-class',
      exclude: ['gone-2020-01-01'],
    });
    expect(withoutUnknownValues(filters, values)).toMatchObject({
      attribution: null,
      chains: ['Ethereum'],
      technique: null,
      exclude: ['bybit-2025-02-21'],
    });
    expect(unknownValueNotices(unknown, en)).toHaveLength(4);
    expect(unknownValueNotices(unknown, en)).toContain(
      'Ignored excluded incident “gone-2020-01-01”: no incident has this id, so nothing is left out for it.',
    );
    expect(unknownValueNotices(unknown, fr)).toHaveLength(4);
  });

  it('keeps the same filters object when every value is known', () => {
    const filters = { ...EMPTY_FILTERS, attribution: 'Lazarus', chains: ['Ethereum'] };
    expect(withoutUnknownValues(filters, values)).toBe(filters);
  });
});
