import { describe, expect, it } from 'vitest';
import type { SkippedRow } from '../../../src/data/parse-incidents';
import {
  firstRowsOfGroups,
  groupSkippedRows,
} from '../../../src/features/data-quality/group-skipped';

const skip = (row: number, field: string, reason: string): SkippedRow => ({
  row,
  id: `r${row}`,
  field,
  reason,
});

describe('grouping skipped rows by reason', () => {
  it.each<[string, SkippedRow[], [string, number][]]>([
    ['no rows', [], []],
    ['one row', [skip(1, 'date', 'is missing')], [['date is missing', 1]]],
    [
      'list positions, which group as one field',
      [
        skip(1, 'sourceUrls.0', 'must be an http(s) URL'),
        skip(2, 'sourceUrls.3', 'must be an http(s) URL'),
      ],
      [['sourceUrls must be an http(s) URL', 2]],
    ],
    [
      'the same field with different reasons, largest group first',
      [
        skip(1, 'amountUsd', 'is missing'),
        skip(2, 'amountUsd', 'must be greater than zero'),
        skip(3, 'amountUsd', 'must be greater than zero'),
      ],
      [
        ['amountUsd must be greater than zero', 2],
        ['amountUsd is missing', 1],
      ],
    ],
  ])('for %s', (_what, rows, expected) => {
    expect(
      groupSkippedRows(rows).map((group) => [`${group.field} ${group.reason}`, group.rows.length]),
    ).toEqual(expected);
  });

  it('keeps the first rows of each group in the order of the response', () => {
    const rows = [
      ...Array.from({ length: 8 }, (_, i) => skip(i + 1, 'name', 'is missing')),
      skip(9, 'date', 'is missing'),
    ];
    expect(firstRowsOfGroups(groupSkippedRows(rows), 3).map((row) => row.row)).toEqual([
      1, 2, 3, 9,
    ]);
  });
});
