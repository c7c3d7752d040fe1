import { describe, expect, it } from 'vitest';
import { topWithOther, type GroupPoint } from '../../../src/domain/breakdown';

const pairs = (groups: GroupPoint[]) => groups.map((g) => [g.key, g.totalUsd, g.count]);

describe('topWithOther', () => {
  const groups: GroupPoint[] = [
    { key: 'a', totalUsd: 50, count: 5 },
    { key: 'b', totalUsd: 30, count: 3 },
    { key: 'c', totalUsd: 15, count: 2 },
    { key: 'd', totalUsd: 5, count: 1 },
  ];

  it.each<[string, number, string | undefined, (string | number)[][]]>([
    [
      'keeps the first n and sums the rest as Other',
      2,
      undefined,
      [
        ['a', 50, 5],
        ['b', 30, 3],
        ['Other', 20, 3],
      ],
    ],
    [
      'uses the given label for the rest',
      3,
      'Everything else',
      [
        ['a', 50, 5],
        ['b', 30, 3],
        ['c', 15, 2],
        ['Everything else', 5, 1],
      ],
    ],
    [
      'omits Other when nothing is left',
      4,
      undefined,
      [
        ['a', 50, 5],
        ['b', 30, 3],
        ['c', 15, 2],
        ['d', 5, 1],
      ],
    ],
    [
      'omits Other when n exceeds the groups',
      10,
      undefined,
      [
        ['a', 50, 5],
        ['b', 30, 3],
        ['c', 15, 2],
        ['d', 5, 1],
      ],
    ],
    ['puts everything in Other for n = 0', 0, undefined, [['Other', 100, 11]]],
  ])('%s', (_title, n, label, expected) => {
    expect(pairs(topWithOther(groups, n, label))).toEqual(expected);
  });

  it('returns nothing for no groups', () => {
    expect(topWithOther([], 3)).toEqual([]);
  });
});
