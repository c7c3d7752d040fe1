import { describe, expect, it } from 'vitest';
import type { GroupPoint } from '../../../src/domain/breakdown';
import type { Incident } from '../../../src/domain/incident';
import { viewSummary } from './engine-view';
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

type GroupField = 'category' | 'technique';

const pairs = (groups: readonly GroupPoint[]) => groups.map((g) => [g.key, g.totalUsd, g.count]);

/** The view's breakdown by `field`, as the dashboard computes it. */
function groupIncidents(list: readonly Incident[], field: GroupField) {
  const summary = viewSummary(list);
  return field === 'category' ? summary.byCategory : summary.byTechnique;
}

describe('the breakdowns of a view', () => {
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
      'groups by technique class, null and blank techniques as not stated',
      'technique',
      [
        ['social-engineering', 150, 2],
        ['not-stated', 70, 2],
      ],
    ],
  ])('%s', (_title, field, expected) => {
    expect(pairs(groupIncidents(incidents, field))).toEqual(expected);
  });

  it.each<GroupField>(['category', 'technique'])('has no %s groups for an empty list', (field) => {
    expect(groupIncidents([], field)).toEqual([]);
  });
});
