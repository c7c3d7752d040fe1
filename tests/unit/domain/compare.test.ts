import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeBetween,
  earlierRange,
  isCovered,
  type CompareKind,
} from '../../../src/domain/compare';
import { addMonths, monthsBetween } from '../../../src/domain/months';

describe('the period a view is compared with', () => {
  it.each<[string, string, string, CompareKind, string, string]>([
    ['a quarter across a year boundary', '2025-01', '2025-03', 'previous', '2024-10', '2024-12'],
    ['one month', '2025-02', '2025-02', 'previous', '2025-01', '2025-01'],
    ['January, from the December before', '2025-01', '2025-01', 'previous', '2024-12', '2024-12'],
    ['a whole year', '2024-01', '2024-12', 'previous', '2023-01', '2023-12'],
    ['nine months', '2025-01', '2025-09', 'previous', '2024-04', '2024-12'],
    ['more than a year', '2023-07', '2025-06', 'previous', '2021-07', '2023-06'],
    ['the same quarter a year earlier', '2025-01', '2025-03', 'year-earlier', '2024-01', '2024-03'],
    ['a range across a year boundary', '2024-11', '2025-02', 'year-earlier', '2023-11', '2024-02'],
    ['February of a leap year', '2024-02', '2024-02', 'year-earlier', '2023-02', '2023-02'],
    ['February after a leap year', '2025-02', '2025-02', 'year-earlier', '2024-02', '2024-02'],
  ])('compares %s', (_title, from, to, kind, earlierFrom, earlierTo) => {
    expect(earlierRange(from, to, kind)).toEqual({ from: earlierFrom, to: earlierTo });
  });

  it.each<[string, string | null, string | null, CompareKind]>([
    ['no comparison is chosen', '2025-01', '2025-03', 'none'],
    ['the range has no start', null, '2025-03', 'previous'],
    ['the range has no end', '2025-01', null, 'year-earlier'],
    ['the range is open at both ends', null, null, 'previous'],
    ['the earlier period would start before year 0', '0000-01', '9999-12', 'previous'],
    ['a year earlier would be before year 0', '0000-06', '0000-08', 'year-earlier'],
  ])('has nothing to compare with when %s', (_title, from, to, kind) => {
    expect(earlierRange(from, to, kind)).toBeNull();
  });
});

describe('the change against the earlier period', () => {
  const earlier = { from: '2024-01', to: '2024-12' };

  it.each([
    ['doubled', 200, 100, 1],
    ['halved', 50, 100, -0.5],
    ['unchanged', 100, 100, 0],
    ['fell to nothing', 0, 100, -1],
  ])('is the signed share when the total %s', (_title, current, before, change) => {
    expect(changeBetween(current, before, earlier, '2014-03')).toBeCloseTo(change);
  });

  it('is not given when the earlier period had nothing stolen', () => {
    expect(changeBetween(500, 0, earlier, '2014-03')).toBeNull();
  });

  it.each([
    ['lies wholly before the first month of the data', { from: '2013-01', to: '2013-12' }],
    ['starts before the first month of the data', { from: '2014-01', to: '2014-12' }],
  ])('is not given when the earlier period %s', (_title, period) => {
    expect(changeBetween(500, 100, period, '2014-03')).toBeNull();
  });

  it('is given when the earlier period starts in the first month of the data', () => {
    expect(changeBetween(300, 100, { from: '2014-03', to: '2014-05' }, '2014-03')).toBeCloseTo(2);
  });

  it('is not given for an empty dataset', () => {
    expect(changeBetween(300, 100, earlier, null)).toBeNull();
  });
});

const month = fc
  .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month: m }) => `${year}-${String(m).padStart(2, '0')}`);
const range = fc
  .tuple(month, fc.integer({ min: 0, max: 60 }))
  .map(([from, length]) => ({ from, to: addMonths(from, length) }));
/** US dollars: nothing, or at least a cent. */
const amount = fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e12, noNaN: true }));

describe('comparison properties', () => {
  it('the previous period has the same length and ends the month before the view starts', () => {
    fc.assert(
      fc.property(range, ({ from, to }) => {
        const earlier = earlierRange(from, to, 'previous');
        expect(earlier).not.toBeNull();
        if (earlier === null) return;
        expect(monthsBetween(earlier.from, earlier.to)).toBe(monthsBetween(from, to));
        expect(addMonths(earlier.to, 1)).toBe(from);
      }),
    );
  });

  it('a year earlier is the same months, twelve months back', () => {
    fc.assert(
      fc.property(range, ({ from, to }) => {
        expect(earlierRange(from, to, 'year-earlier')).toEqual({
          from: addMonths(from, -12),
          to: addMonths(to, -12),
        });
      }),
    );
  });

  it('the change is consistent with the two totals: earlier × (1 + change) = current', () => {
    fc.assert(
      fc.property(amount, amount, (current, earlier) => {
        const change = changeBetween(
          current,
          earlier,
          { from: '2024-01', to: '2024-03' },
          '2014-01',
        );
        if (earlier === 0) {
          expect(change).toBeNull();
          return;
        }
        expect(change).not.toBeNull();
        const back = earlier * (1 + (change ?? Number.NaN));
        expect(Math.abs(back - current)).toBeLessThanOrEqual(1e-9 * Math.max(1, current, earlier));
        expect(Math.sign(change ?? 0)).toBe(Math.sign(current - earlier));
      }),
    );
  });
});

describe('isCovered', () => {
  it.each([
    ['inside the data', { from: '2025-01', to: '2025-03' }, true],
    ['the data exactly', { from: '2014-03', to: '2026-08' }, true],
    [
      'running past the last month (all of 2026, data to August)',
      { from: '2026-01', to: '2026-12' },
      false,
    ],
    ['starting before the first month', { from: '2014-01', to: '2014-06' }, false],
  ])('says whether the dataset covers a period %s', (_what, period, covered) => {
    expect(isCovered(period, '2014-03', '2026-08')).toBe(covered);
  });

  it('covers nothing in an empty dataset', () => {
    expect(isCovered({ from: '2025-01', to: '2025-01' }, null, null)).toBe(false);
  });
});
