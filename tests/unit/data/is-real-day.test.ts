// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDay } from '../../../src/data/incident-schema';

/** The check as JavaScript's own calendar makes it: the day survives a round trip through Date. */
function roundTrips(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isRealDay', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['0050-01-01', false],
  ])('%s is %s', (value, expected) => {
    expect(isRealDay(value)).toBe(expected);
  });

  it('agrees with a round trip through Date for every year from 100 to 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isRealDay(value)).toBe(roundTrips(value));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
