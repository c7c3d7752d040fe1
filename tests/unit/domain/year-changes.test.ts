import { describe, expect, it } from 'vitest';
import { yearChanges } from '../../../src/domain/year-changes';

const years = (...values: number[]) =>
  values.map((value, at) => ({ year: String(2020 + at), value }));

describe('the yearly table’s change from the year before', () => {
  it.each([
    [
      'a whole year against a whole year',
      years(100, 150, 75),
      '2020-01',
      '2022-12',
      [null, 0.5, -0.5],
    ],
    [
      'a first year the data starts part-way through',
      years(100, 150, 75),
      '2020-06',
      '2022-12',
      [null, null, -0.5],
    ],
    [
      'a last year the data stops part-way through',
      years(100, 150, 75),
      '2020-01',
      '2022-08',
      [null, 0.5, null],
    ],
    [
      'a year after one with no thefts',
      years(0, 150, 75),
      '2020-01',
      '2022-12',
      [null, null, -0.5],
    ],
    ['no data', years(100, 150), null, null, [null, null]],
  ])('%s', (_, list, first, last, expected) => {
    expect(yearChanges(list, first, last).map((row) => row.change)).toEqual(expected);
  });

  it('compares only with the year just before, not with the row before a gap', () => {
    const list = [
      { year: '2020', value: 100 },
      { year: '2022', value: 300 },
    ];
    expect(yearChanges(list, '2020-01', '2022-12').map((row) => row.change)).toEqual([null, null]);
  });
});
