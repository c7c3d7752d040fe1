import { parseViewInWords } from './view-in-words';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../../src/domain/view-state';
import { serializeViewParams } from '../../../src/domain/view-url';

describe('reading a view from the query string', () => {
  it('reads every filter, the chart mode, the sort and the open incident', () => {
    const { view, notices } = parseViewInWords(
      '?from=2025-01&to=2025-09&attribution=DPRK&category=centralized-exchange&category=bridge' +
        '&chain=Ethereum&technique=phishing&q=bybit&min=1000000&max=2000000000&mode=yearly' +
        '&sort=amount-desc&incident=bybit-2025-02-21&years=2025,2023' +
        '&compare=year-earlier',
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      filters: {
        from: '2025-01',
        to: '2025-09',
        attribution: 'DPRK',
        categories: ['centralized-exchange', 'bridge'],
        chains: ['Ethereum'],
        technique: 'phishing',
        search: 'bybit',
        minAmount: 1_000_000,
        maxAmount: 2_000_000_000,
      },
      mode: 'yearly',
      sort: { column: 'amount', direction: 'desc' },
      incident: 'bybit-2025-02-21',
      years: ['2023', '2025'],
      compare: 'year-earlier',
      measure: 'gross',
      labels: true,
    });
  });

  it.each([
    ['an empty query', ''],
    ['a bare question mark', '?'],
    ['empty values', '?from=&to=&attribution=&q='],
  ])('gives the default view for %s', (_title, search) => {
    expect(parseViewInWords(search)).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  it.each([
    ['month 13', '?from=2025-13', /from=“2025-13”: not a month/],
    ['a day instead of a month', '?to=2025-02-28', /to=“2025-02-28”: not a month/],
    ['garbage', '?from=%3Cscript%3E', /from=“<script>”: not a month/],
    ['a negative amount', '?min=-5', /min=“-5”: not an amount/],
    ['a word as an amount', '?max=lots', /max=“lots”: not an amount/],
    ['an unknown category', '?category=casino', /category=“casino”: not one of/],
    ['an unknown mode', '?mode=weekly', /mode=“weekly”/],
    ['an unknown sort', '?sort=size-up', /sort=“size-up”/],
    ['a year that is not one', '?years=2024,last', /years=“last”: not a year written YYYY/],
    [
      'an unknown comparison',
      '?compare=last-year',
      /compare=“last-year”: use one of previous, year-earlier, none/,
    ],
    ['an unknown key', '?colour=red', /unknown parameter “colour”/],
    ['a repeated single key', '?from=2025-01&from=2025-03', /“from” was given more than once/],
    ['a very long value', `?chain=${'a'.repeat(5000)}`, /longer than 200 characters/],
    ['a long search', `?q=${'a'.repeat(101)}`, /q=“a+…”: longer than 100 characters/],
  ])('ignores %s with a notice', (_title, search, notice) => {
    const { notices } = parseViewInWords(search);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(notice);
  });

  it('swaps a reversed month range and says so', () => {
    const { view, notices } = parseViewInWords('?from=2025-09&to=2025-01');
    expect([view.filters.from, view.filters.to]).toEqual(['2025-01', '2025-09']);
    expect(notices[0]).toMatch(/reversed/);
  });

  it('uses the first of repeated values and keeps the rest of the view', () => {
    const { view } = parseViewInWords('?from=2025-01&from=2025-03&attribution=DPRK');
    expect(view.filters.from).toBe('2025-01');
    expect(view.filters.attribution).toBe('DPRK');
  });

  it.each([
    ['no years parameter: the chart’s default', '', null],
    ['years, sorted and without repeats', '?years=2025,2019,2025', ['2019', '2025']],
    ['spaces around the years', '?years=%202024%20,2025', ['2024', '2025']],
    ['every year unticked', '?years=none', []],
    ['only bad years: the chart’s default', '?years=24,twenty', null],
  ])('reads %s', (_title, search, years) => {
    expect(parseViewInWords(search).view.years).toEqual(years);
  });

  it('keeps the good years beside a bad one and names only the bad one', () => {
    const { view, notices } = parseViewInWords('?years=2024,20255,2025');
    expect(view.years).toEqual(['2024', '2025']);
    expect(notices).toEqual(['Ignored years=“20255”: not a year written YYYY.']);
  });

  it('shortens a long bad value in its notice', () => {
    const { notices } = parseViewInWords(`?from=${'x'.repeat(100)}`);
    expect(notices[0]?.length).toBeLessThan(120);
  });
});

describe('writing a view to the query string', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewParams(DEFAULT_VIEW)).toBe('');
  });

  it('writes the example link of the dashboard issue', () => {
    const { view } = parseViewInWords(
      '?from=2025-01&to=2025-09&attribution=DPRK&category=centralized-exchange',
    );
    expect(serializeViewParams(view)).toBe(
      'from=2025-01&to=2025-09&attribution=DPRK&category=centralized-exchange',
    );
  });

  it.each([
    '?from=2025-02&to=2025-02',
    '?attribution=DPRK+%28TraderTraitor%29&chain=Ethereum&chain=BSC&q=a%26b%3Dc',
    '?category=bridge&category=wallet&min=5000000&mode=yearly&sort=name-asc&incident=x',
    '?q=bybit+',
    '?years=2016,2024,2025',
    '?years=none&from=2020-01',
    '?from=2025-01&to=2025-03&compare=year-earlier',
    '?compare=none',
    '?mode=quarterly',
  ])('round-trips %s', (search) => {
    const { view } = parseViewInWords(search);
    expect(parseViewInWords(`?${serializeViewParams(view)}`).view).toEqual(view);
  });

  it.each([
    [['2024', '2025'], 'years=2024%2C2025'],
    [[], 'years=none'],
    [null, ''],
  ])('writes the years shown %j as “%s”', (years, query) => {
    expect(serializeViewParams({ ...DEFAULT_VIEW, years })).toBe(query);
  });

  it.each([
    ['previous', ''],
    ['year-earlier', 'compare=year-earlier'],
    ['none', 'compare=none'],
  ] as const)('writes the comparison %s as “%s”', (compare, query) => {
    expect(serializeViewParams({ ...DEFAULT_VIEW, compare })).toBe(query);
  });

  it('keeps the language and theme of the current URL', () => {
    const keep = new URLSearchParams('lang=fr&theme=dark&junk=1');
    expect(serializeViewParams(DEFAULT_VIEW, keep)).toBe('lang=fr&theme=dark');
  });
});
