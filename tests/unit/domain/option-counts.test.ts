import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type IncidentFilters, type OptionField } from '../../../src/domain/filter';
import { optionCountsOf as countOptions } from './engine-view';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const incidents = makeIncidents([
  [
    'a',
    '2025-02-21',
    100,
    {
      category: 'centralized-exchange',
      attribution: 'DPRK (Lazarus Group)',
      chains: ['ethereum'],
      technique: 'phishing',
    },
  ],
  [
    'b',
    '2022-03-23',
    200,
    {
      category: 'bridge',
      attribution: 'DPRK',
      chains: ['ethereum', 'ronin'],
      technique: 'private key compromise',
    },
  ],
  [
    'c',
    '2025-02-28',
    300,
    { category: 'wallet', attribution: 'suspected: DPRK', chains: ['bitcoin', 'bitcoin'] },
  ],
  ['d', '2023-03-13', 400, { category: 'bridge', attribution: '', technique: 'phishing' }],
  ['e', '2025-03-01', 500, { category: 'bridge', attribution: null, chains: ['bsc'] }],
]);

const count = (field: OptionField, filters: Partial<IncidentFilters> = {}) =>
  Object.fromEntries(countOptions(incidents, { ...EMPTY_FILTERS, ...filters }, field));

describe('countOptions', () => {
  it.each<[string, OptionField, Partial<IncidentFilters>, Record<string, number>]>([
    ['counts each category', 'category', {}, { 'centralized-exchange': 1, bridge: 3, wallet: 1 }],
    [
      'ignores the category filter itself',
      'category',
      { categories: ['wallet'] },
      { 'centralized-exchange': 1, bridge: 3, wallet: 1 },
    ],
    [
      'applies the other filters',
      'category',
      { from: '2025-01' },
      { 'centralized-exchange': 1, wallet: 1, bridge: 1 },
    ],
    [
      'counts DPRK as a group that adds up: the named clusters and the cluster not named',
      'attribution',
      {},
      {
        DPRK: 2,
        'DPRK (Lazarus Group)': 1,
        'DPRK-unnamed': 1,
        'suspected: DPRK': 1,
        suspected: 1,
        'suspected-DPRK': 1,
        unattributed: 2,
      },
    ],
    [
      'ignores the attribution filter itself',
      'attribution',
      { attribution: 'DPRK', categories: ['bridge'] },
      { DPRK: 1, 'DPRK-unnamed': 1, unattributed: 2 },
    ],
    [
      'counts an incident once per chain and a repeated chain once',
      'chain',
      {},
      { ethereum: 2, ronin: 1, bitcoin: 1, bsc: 1 },
    ],
    [
      'counts chains under the attribution filter',
      'chain',
      { attribution: 'unattributed' },
      { bsc: 1 },
    ],
    [
      'counts technique classes, techniques not stated among them',
      'technique',
      {},
      { 'social-engineering': 2, 'key-compromise': 1, 'not-stated': 2 },
    ],
    [
      'ignores the technique filter itself',
      'technique',
      { technique: 'social-engineering', to: '2022-12' },
      { 'key-compromise': 1 },
    ],
    ['is empty when nothing passes the other filters', 'category', { minAmount: 1_000 }, {}],
  ])('%s', (_title, field, filters, expected) => {
    expect(count(field, filters)).toEqual(expected);
  });

  it('counts nothing in an empty list', () => {
    expect(countOptions([], EMPTY_FILTERS, 'attribution').size).toBe(0);
  });
});
