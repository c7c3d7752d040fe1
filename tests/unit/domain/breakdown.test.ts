import { describe, expect, it } from 'vitest';
import {
  groupIncidents,
  UNATTRIBUTED_LABEL,
  UNKNOWN_CHAIN,
  type GroupField,
  type GroupPoint,
} from '../../../src/domain/breakdown';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const incidents = makeIncidents([
  [
    'a',
    '2025-01-01',
    100,
    { category: 'bridge', chains: ['ethereum', 'bsc'], technique: 'phishing', attribution: 'DPRK' },
  ],
  [
    'b',
    '2025-01-02',
    50,
    { category: 'wallet', chains: ['ethereum'], technique: null, attribution: null },
  ],
  [
    'c',
    '2025-01-03',
    50,
    { category: 'defi-protocol', chains: [], technique: 'phishing', attribution: '' },
  ],
  [
    'd',
    '2025-01-04',
    20,
    {
      category: 'bridge',
      chains: ['solana', 'solana'],
      technique: '  ',
      attribution: 'DPRK (Lazarus Group)',
    },
  ],
]);

const pairs = (groups: GroupPoint[]) => groups.map((g) => [g.key, g.totalUsd, g.count]);

describe('groupIncidents', () => {
  it.each<[string, GroupField, (string | number)[][]]>([
    [
      'sums each category, largest first, ties by name',
      'category',
      [
        ['bridge', 120, 2],
        ['defi-protocol', 50, 1],
        ['wallet', 50, 1],
      ],
    ],
    [
      'counts an incident in each of its chains once, and no chain as unknown',
      'chain',
      [
        ['ethereum', 150, 2],
        ['bsc', 100, 1],
        [UNKNOWN_CHAIN, 50, 1],
        ['solana', 20, 1],
      ],
    ],
    [
      'groups by technique class, null and blank techniques as not stated',
      'technique',
      [
        ['social-engineering', 150, 2],
        ['not-stated', 70, 2],
      ],
    ],
    [
      'groups null and empty attributions as unattributed, others exactly',
      'attribution',
      [
        ['DPRK', 100, 1],
        [UNATTRIBUTED_LABEL, 100, 2],
        ['DPRK (Lazarus Group)', 20, 1],
      ],
    ],
  ])('%s', (_title, field, expected) => {
    expect(pairs(groupIncidents(incidents, field))).toEqual(expected);
  });

  it.each<GroupField>(['category', 'chain', 'technique', 'attribution'])(
    'has no %s groups for an empty list',
    (field) => {
      expect(groupIncidents([], field)).toEqual([]);
    },
  );
});
