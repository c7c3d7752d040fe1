import { describe, expect, it } from 'vitest';
import { REST_KEY, topWithOther, type GroupPoint } from '../../../src/domain/breakdown';
import { groupKeyLabel } from '../../../src/lib/i18n/filter-labels';
import { en } from '../../../src/lib/i18n/messages-en';
import { fr } from '../../../src/lib/i18n/messages-fr';

const pairs = (groups: GroupPoint[]) => groups.map((g) => [g.key, g.totalUsd, g.count]);

describe('topWithOther', () => {
  const groups: GroupPoint[] = [
    { key: 'a', totalUsd: 50, count: 5 },
    { key: 'b', totalUsd: 30, count: 3 },
    { key: 'c', totalUsd: 15, count: 2 },
    { key: 'd', totalUsd: 5, count: 1 },
  ];

  it.each<[string, number, (string | number)[][]]>([
    [
      'keeps the first n and sums the rest in one row',
      2,
      [
        ['a', 50, 5],
        ['b', 30, 3],
        [REST_KEY, 20, 3],
      ],
    ],
    [
      'omits the rest when nothing is left',
      4,
      [
        ['a', 50, 5],
        ['b', 30, 3],
        ['c', 15, 2],
        ['d', 5, 1],
      ],
    ],
    [
      'omits the rest when n exceeds the groups',
      10,
      [
        ['a', 50, 5],
        ['b', 30, 3],
        ['c', 15, 2],
        ['d', 5, 1],
      ],
    ],
    ['puts everything in the rest for n = 0', 0, [[REST_KEY, 100, 11]]],
  ])('%s', (_title, n, expected) => {
    expect(pairs(topWithOther(groups, n))).toEqual(expected);
  });

  it('returns nothing for no groups', () => {
    expect(topWithOther([], 3)).toEqual([]);
  });
});

describe('the words on a breakdown group', () => {
  it.each([
    ['the rest beside other groups', REST_KEY, ['bridge', REST_KEY], 'Other', 'Autres'],
    [
      'the rest beside the category called Other',
      REST_KEY,
      ['other', REST_KEY],
      'Other (the rest)',
      // In French the category is "Autre" and the rest "Autres": no clash, so no "(le reste)".
      'Autres',
    ],
    ['a category', 'bridge', ['bridge'], 'Bridge', fr.labels.categories.bridge],
    [
      'a technique class',
      'reentrancy',
      ['reentrancy'],
      en.labels.techniqueClasses.reentrancy,
      fr.labels.techniqueClasses.reentrancy,
    ],
  ])('words %s in English and French', (_what, key, shown, english, french) => {
    expect(groupKeyLabel(key, shown, en)).toBe(english);
    expect(groupKeyLabel(key, shown, fr)).toBe(french);
  });
});
