import { describe, expect, it } from 'vitest';
import { describeFilters, removeFilter } from '../../../src/domain/describe-filters';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import { DEFAULT_VIEW } from '../../../src/domain/view-state';
import { MAX_EXCLUDED, serializeViewParams } from '../../../src/domain/view-url';
import { formattersFor } from '../../../src/lib/format';
import { chipLabel } from '../../../src/lib/i18n/filter-labels';
import { en } from '../../../src/lib/i18n/messages-en';
import { fr } from '../../../src/lib/i18n/messages-fr';
import { parseViewInWords } from '../view/view-in-words';

const withExclude = (exclude: readonly string[]) => ({
  ...DEFAULT_VIEW,
  filters: { ...EMPTY_FILTERS, exclude },
});

describe('the excluded incidents in the link', () => {
  it('reads each exclude=<id>, in order, exactly as written', () => {
    const { view, notices } = parseViewInWords(
      '?exclude=bybit-2025-02-21&exclude=ronin-2022-03-23',
    );
    expect(notices).toEqual([]);
    expect(view.filters.exclude).toEqual(['bybit-2025-02-21', 'ronin-2022-03-23']);
  });

  it('writes one exclude per id, after the other filters, and reads back the same view', () => {
    const view = {
      ...DEFAULT_VIEW,
      filters: { ...EMPTY_FILTERS, from: '2025-01', exclude: ['bybit-2025-02-21', 'a b&c'] },
    };
    const query = serializeViewParams(view);
    expect(query).toBe('from=2025-01&exclude=bybit-2025-02-21&exclude=a+b%26c');
    expect(parseViewInWords(`?${query}`)).toEqual({ view, notices: [] });
  });

  it('writes nothing when no incident is excluded', () => {
    expect(serializeViewParams(withExclude([]))).toBe('');
  });

  it('keeps a repeated id once, with no notice', () => {
    const { view, notices } = parseViewInWords('?exclude=x&exclude=y&exclude=x');
    expect(view.filters.exclude).toEqual(['x', 'y']);
    expect(notices).toEqual([]);
  });

  it(`keeps the first ${MAX_EXCLUDED} ids of a longer list and says so`, () => {
    const ids = Array.from({ length: MAX_EXCLUDED + 3 }, (_, at) => `id-${at}`);
    const { view, notices } = parseViewInWords(`?${ids.map((id) => `exclude=${id}`).join('&')}`);
    expect(view.filters.exclude).toEqual(ids.slice(0, MAX_EXCLUDED));
    expect(notices).toEqual([
      `“exclude” was given more than ${MAX_EXCLUDED} values; the first ${MAX_EXCLUDED} were used.`,
    ]);
  });

  it('ignores a blank id and an id too long to be one, and says why for the long one', () => {
    const long = 'x'.repeat(500);
    const { view, notices } = parseViewInWords(`?exclude=&exclude=${long}&exclude=ok`);
    expect(view.filters.exclude).toEqual(['ok']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/exclude/);
  });
});

describe('the chip of an excluded incident', () => {
  const names = new Map([['bybit-2025-02-21', 'Bybit']]);
  const filters = { ...EMPTY_FILTERS, exclude: ['bybit-2025-02-21', 'gone-2020-01-01'] };

  it('names the incident in either language, and its id when the name is not known', () => {
    const active = describeFilters(filters, names);
    const words = (t: typeof en, locale: 'en' | 'fr') =>
      active.map((filter) => chipLabel(filter, t, formattersFor(locale), Infinity));
    expect(words(en, 'en').map(plain)).toEqual(['Excluding Bybit', 'Excluding gone-2020-01-01']);
    expect(words(fr, 'fr').map(plain)).toEqual(['Hors Bybit', 'Hors gone-2020-01-01']);
  });

  it('removes only its own incident from the list', () => {
    const [first] = describeFilters(filters, names);
    expect(first && removeFilter(filters, first.part).exclude).toEqual(['gone-2020-01-01']);
  });
});

/** The label without the bidi isolates around data text. */
function plain(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}
