import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianInPlace } from '../../../src/domain/median';

const median = (values: number[]) => medianInPlace(Float64Array.from(values));

function sortedMedian(values: number[]): number | null {
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return null;
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[middle - 1] ?? 0;
  return lower + (upper - lower) / 2;
}

describe('medianInPlace', () => {
  it.each<[string, number[], number | null]>([
    ['nothing for no values', [], null],
    ['the value itself for one', [7], 7],
    ['the middle of an odd count', [9, 1, 5], 5],
    ['the mean of the two middle values of an even count', [4, 1, 100, 7], 5.5],
    ['the shared value when all are equal', [3, 3, 3, 3], 3],
    ['the middle with many duplicates', [2, 1, 2, 1, 2, 1, 2], 2],
    ['the mean of two huge amounts without overflow', [1e308, 1.5e308], 1.25e308],
    ['the middle of an already sorted list', Array.from({ length: 101 }, (_, i) => i), 50],
    ['the middle of a reversed list', Array.from({ length: 100 }, (_, i) => 100 - i), 50.5],
  ])('returns %s', (_title, values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('agrees with sorting for any list of amounts', () => {
    const amount = fc.oneof(
      fc.integer({ min: 0, max: 20 }),
      fc.double({ min: 0, max: 1e11, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 300 }), (values) => {
        expect(median(values)).toBe(sortedMedian(values));
      }),
    );
  });
});
