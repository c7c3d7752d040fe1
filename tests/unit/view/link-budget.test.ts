import { parseViewInWords } from './view-in-words';
import { describe, expect, it } from 'vitest';
import { fitViewToLink, linkToView, MAX_LINK_LENGTH } from '../../../src/domain/link-budget';
import { DEFAULT_VIEW, type ViewState } from '../../../src/domain/view-state';
import { MAX_LIST_VALUES, MAX_SEARCH_LENGTH } from '../../../src/domain/view-url';

const ORIGIN = 'https://dashboard.example/';
const view = (filters: Partial<ViewState['filters']>, incident: string | null = null) => ({
  ...DEFAULT_VIEW,
  filters: { ...DEFAULT_VIEW.filters, ...filters },
  incident,
});
const fit = (v: ViewState) => fitViewToLink(v, new URLSearchParams(), ORIGIN.length);
/** 200 characters that percent-encode to 9 characters each. */
const heavy = (c: string) => c.repeat(200);

describe('every link the app writes fits in 2,000 characters', () => {
  it.each<[string, ViewState, string[]]>([
    ['a plain view', view({ search: 'bybit', chains: ['Ethereum'] }), []],
    ['a search of 101 characters', view({ search: 'a'.repeat(101) }), ['search']],
    [
      'eleven chains',
      view({ chains: Array.from({ length: 11 }, (_, i) => `chain-${i}`) }),
      ['values'],
    ],
    [
      'ten chains of 200 characters that encode to 1,800 each',
      view({
        chains: Array.from({ length: 10 }, (_, i) => heavy(String.fromCharCode(0x4e00 + i))),
      }),
      ['length:chain'],
    ],
    [
      'an attribution, a technique and an incident of 200 heavy characters',
      view({ attribution: heavy('中'), technique: heavy('文') }, heavy('字')),
      ['length:technique', 'length:attribution'],
    ],
  ])('for %s', (_what, input, expectedCuts) => {
    const { query, cuts, view: fitted } = fit(input);
    expect(ORIGIN.length + 1 + query.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(cuts.map((cut) => (cut.kind === 'length' ? `length:${cut.key}` : cut.kind))).toEqual(
      expectedCuts,
    );
    // What the link says is what the page keeps.
    expect(parseViewInWords(`?${query}`).view).toEqual(fitted);
  });

  it('keeps the first 100 characters of a long search and the first 10 chains', () => {
    const chains = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const { view: fitted } = fit(view({ search: 'x'.repeat(500), chains }));
    expect(fitted.filters.search).toBe('x'.repeat(MAX_SEARCH_LENGTH));
    expect(fitted.filters.chains).toEqual(chains.slice(0, MAX_LIST_VALUES));
  });

  it('never cuts an emoji in half', () => {
    const { view: fitted } = fit(view({ search: `${'a'.repeat(99)}😀` }));
    expect(fitted.filters.search).toBe('a'.repeat(99));
  });
});

describe('reading a link with too many values', () => {
  it('uses the first 10 chains and says so', () => {
    const search = Array.from({ length: 15 }, (_, i) => `chain=c${i}`).join('&');
    const { view: read, notices } = parseViewInWords(`?${search}`);
    expect(read.filters.chains).toHaveLength(10);
    expect(notices).toEqual(['“chain” was given more than 10 values; the first 10 were used.']);
  });
});

describe('the link Copy link gives', () => {
  const at = (search: string, hash = '') => ({
    origin: 'https://dashboard.example',
    pathname: '/',
    search,
    hash,
  });

  it('leaves out a 100 kB query of unknown parameters', () => {
    const junk = Array.from({ length: 10_000 }, (_, i) => `k${i}=v`).join('&');
    expect(linkToView(at(`?q=bybit&${junk}`))).toBe('https://dashboard.example/?q=bybit');
  });

  it('stays within 2,000 characters for a view of heavy text', () => {
    const heavy = '中'.repeat(200);
    const search = `?${new URLSearchParams({ attribution: heavy, technique: heavy, incident: heavy })}`;
    const link = linkToView(at(search, '#about-the-data'));
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(link.endsWith('#about-the-data')).toBe(true);
    expect(parseViewInWords(new URL(link).search).view.incident).toBe(heavy);
  });
});
