import { describe, expect, it } from 'vitest';
import { largestIncidents } from '../../reference-model/largest';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const incidents = makeIncidents([
  ['c', '2023-01-01', 50],
  ['a', '2024-01-01', 100],
  ['tie-late', '2025-01-01', 70],
  ['tie-early', '2022-01-01', 70],
  ['b', '2021-01-01', 10],
]);

describe('largestIncidents', () => {
  it.each<[string, number, string[]]>([
    [
      'the three largest, largest first, earlier date first on a tie',
      3,
      ['a', 'tie-early', 'tie-late'],
    ],
    ['one', 1, ['a']],
    ['all when asked for more than there are', 10, ['a', 'tie-early', 'tie-late', 'c', 'b']],
    ['a large n sorts everything', 100, ['a', 'tie-early', 'tie-late', 'c', 'b']],
    ['none for zero', 0, []],
    ['none for a negative n', -2, []],
    ['none for NaN', Number.NaN, []],
    ['whole incidents for a fractional n', 2.7, ['a', 'tie-early']],
  ])('returns %s', (_title, n, expected) => {
    expect(largestIncidents(incidents, n).map((i) => i.id)).toEqual(expected);
    expect(largestIncidents([...incidents].reverse(), n).map((i) => i.id)).toEqual(expected);
  });

  it('returns nothing for an empty list', () => {
    expect(largestIncidents([], 10)).toEqual([]);
  });
});
