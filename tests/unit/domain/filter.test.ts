import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type IncidentFilters } from '../../../src/domain/filter';
import { filteredIncidents as filterIncidents } from './engine-view';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const incidents = makeIncidents([
  [
    'bybit',
    '2025-02-21',
    1_500_000_000,
    {
      name: 'Bybit',
      category: 'centralized-exchange',
      attribution: 'DPRK (Lazarus Group)',
      technique: 'Supply chain (Safe{Wallet} UI)',
      chains: ['ethereum'],
    },
  ],
  [
    'ronin',
    '2022-03-23',
    625_000_000,
    {
      name: 'Ronin Bridge',
      category: 'bridge',
      attribution: 'DPRK',
      technique: 'private key compromise',
      chains: ['ethereum', 'ronin'],
    },
  ],
  [
    'suspect',
    '2025-02-28',
    50_000_000,
    { name: 'Suspected Wallet', category: 'wallet', attribution: 'suspected: DPRK (Lazarus)' },
  ],
  [
    'euler',
    '2023-03-13',
    197_000_000,
    { name: 'Euler Finance', technique: 'flash loan', chains: ['ethereum'], attribution: '' },
  ],
  ['nobody', '2025-03-01', 1_000_000, { name: 'Small DEX', chains: ['bsc'], attribution: null }],
  [
    'solo',
    '2024-01-31',
    5_000_000,
    { name: 'Other thing', category: 'other', attribution: 'Unknown actor', chains: ['solana'] },
  ],
]);

const ids = (filters: Partial<IncidentFilters>) =>
  filterIncidents(incidents, { ...EMPTY_FILTERS, ...filters }).map((i) => i.id);

describe('filterIncidents', () => {
  it.each<[string, Partial<IncidentFilters>, string[]]>([
    [
      'no filters keeps everything in order',
      {},
      ['bybit', 'ronin', 'suspect', 'euler', 'nobody', 'solo'],
    ],
    ['from is inclusive', { from: '2025-02' }, ['bybit', 'suspect', 'nobody']],
    ['to is inclusive to the last day of the month', { to: '2024-01' }, ['ronin', 'euler', 'solo']],
    ['a single month keeps 28 February', { from: '2025-02', to: '2025-02' }, ['bybit', 'suspect']],
    ['from after to keeps nothing', { from: '2025-03', to: '2025-01' }, []],
    [
      'a from that is not a month key is ignored',
      { from: 'garbage' },
      ['bybit', 'ronin', 'suspect', 'euler', 'nobody', 'solo'],
    ],
    [
      'DPRK keeps every attribution starting with DPRK',
      { attribution: 'DPRK' },
      ['bybit', 'ronin'],
    ],
    [
      'an exact attribution keeps only that one',
      { attribution: 'DPRK (Lazarus Group)' },
      ['bybit'],
    ],
    [
      'a suspected attribution is exact too',
      { attribution: 'suspected: DPRK (Lazarus)' },
      ['suspect'],
    ],
    [
      'unattributed keeps null and empty attributions',
      { attribution: 'unattributed' },
      ['euler', 'nobody'],
    ],
    ['an unknown attribution keeps nothing', { attribution: 'Nobody at all' }, []],
    [
      'DPRK-unnamed keeps the rows attributed plainly DPRK',
      { attribution: 'DPRK-unnamed' },
      ['ronin'],
    ],
    ['suspected keeps every suspected attribution', { attribution: 'suspected' }, ['suspect']],
    ['search matches the attribution', { search: 'lazarus' }, ['bybit', 'suspect']],
    ['one category', { categories: ['bridge'] }, ['ronin']],
    ['several categories are either', { categories: ['bridge', 'wallet'] }, ['ronin', 'suspect']],
    ['one chain keeps incidents on it among others', { chains: ['ronin'] }, ['ronin']],
    ['several chains are any of them', { chains: ['bsc', 'solana'] }, ['nobody', 'solo']],
    ['a chain no incident has keeps nothing', { chains: ['tron'] }, []],
    ['technique is the class of the source’s words', { technique: 'key-compromise' }, ['ronin']],
    ['technique is not the source’s words', { technique: 'private key compromise' }, []],
    ['search matches the name in any case', { search: 'RONIN' }, ['ronin']],
    ['search matches the technique', { search: 'flash' }, ['euler']],
    ['search is trimmed', { search: '  bybit  ' }, ['bybit']],
    [
      'a blank search keeps everything',
      { search: '   ' },
      ['bybit', 'ronin', 'suspect', 'euler', 'nobody', 'solo'],
    ],
    ['search keeps special characters literal', { search: 'safe{wallet}' }, ['bybit']],
    ['minimum amount is inclusive', { minAmount: 625_000_000 }, ['bybit', 'ronin']],
    ['maximum amount is inclusive', { maxAmount: 5_000_000 }, ['nobody', 'solo']],
    [
      'an amount band',
      { minAmount: 2_000_000, maxAmount: 200_000_000 },
      ['suspect', 'euler', 'solo'],
    ],
    [
      'combined filters all apply',
      { from: '2022-01', attribution: 'DPRK', chains: ['ethereum'], minAmount: 1e9 },
      ['bybit'],
    ],
  ])('%s', (_title, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('keeps every incident with no filters and leaves the input alone', () => {
    const before = [...incidents];
    const kept = filterIncidents(incidents, EMPTY_FILTERS);
    expect(kept).toEqual(incidents);
    expect(incidents).toEqual(before);
  });

  it('keeps nothing from an empty list', () => {
    expect(filterIncidents([], { ...EMPTY_FILTERS, attribution: 'DPRK' })).toEqual([]);
  });
});
