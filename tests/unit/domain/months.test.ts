import { describe, expect, it } from 'vitest';
import {
  addMonths,
  compareMonths,
  currentMonth,
  isMonthKey,
  monthFromIndex,
  monthIndex,
  monthOf,
  monthRange,
  monthsBetween,
  nextMonth,
  yearOf,
} from '../../../src/domain/months';

describe('monthOf', () => {
  it.each([
    ['2025-02-28', '2025-02'],
    ['2025-02-01', '2025-02'],
    ['2024-12-31', '2024-12'],
    ['2025-02', '2025-02'],
  ])('puts %s in month %s', (date, month) => {
    expect(monthOf(date)).toBe(month);
  });

  it.each(['', '2025', '2025-13-01', '2025-00-10', '25-02-28', '2025/02/28', 'Feb 2025'])(
    'rejects "%s" as not a date',
    (date) => {
      expect(() => monthOf(date)).toThrow(RangeError);
    },
  );
});

describe('yearOf', () => {
  it.each([
    ['2025-02-28', '2025'],
    ['2019-07', '2019'],
    ['2020', '2020'],
  ])('puts %s in year %s', (value, year) => {
    expect(yearOf(value)).toBe(year);
  });

  it('rejects text that does not start with a year', () => {
    expect(() => yearOf('Feb 2025')).toThrow(RangeError);
  });
});

describe('isMonthKey', () => {
  it.each([
    ['2025-01', true],
    ['2025-12', true],
    ['0001-06', true],
    ['2025-00', false],
    ['2025-13', false],
    ['2025-1', false],
    ['25-01', false],
    ['2025-01-01', false],
    ['', false],
    [' 2025-01', false],
  ])('says %s is a month key: %s', (value, expected) => {
    expect(isMonthKey(value)).toBe(expected);
  });
});

describe('month arithmetic', () => {
  it.each([
    ['2025-01', '2025-02'],
    ['2024-12', '2025-01'],
    ['1999-12', '2000-01'],
  ])('the month after %s is %s', (month, next) => {
    expect(nextMonth(month)).toBe(next);
  });

  it.each([
    ['2025-11', 3, '2026-02'],
    ['2025-03', -3, '2024-12'],
    ['2025-03', 0, '2025-03'],
    ['2025-03', -27, '2022-12'],
    ['2020-01', 120, '2030-01'],
  ])('%s moved by %i months is %s', (month, n, expected) => {
    expect(addMonths(month, n)).toBe(expected);
  });

  it.each([
    ['2025-01', '2025-03', 2],
    ['2025-03', '2025-03', 0],
    ['2024-11', '2025-02', 3],
    ['2025-03', '2025-01', -2],
  ])('from %s to %s is %i months', (from, to, expected) => {
    expect(monthsBetween(from, to)).toBe(expected);
  });

  it.each([
    ['2025-01', '2025-01', ['2025-01']],
    ['2024-11', '2025-02', ['2024-11', '2024-12', '2025-01', '2025-02']],
    ['2025-03', '2025-01', []],
  ])('the months from %s to %s are %j', (from, to, expected) => {
    expect(monthRange(from, to)).toEqual(expected);
  });

  it.each([
    ['2025-01', '2025-02', -1],
    ['2025-02', '2025-02', 0],
    ['2025-10', '2025-09', 1],
    ['2024-12', '2025-01', -1],
  ])('orders %s against %s as %i', (a, b, expected) => {
    expect(Math.sign(compareMonths(a, b))).toBe(expected);
  });

  it.each([
    ['addMonths with a date', () => addMonths('2025-02-28', 1)],
    ['addMonths by half a month', () => addMonths('2025-02', 0.5)],
    ['monthRange with month 13', () => monthRange('2025-13', '2026-01')],
    ['monthsBetween with a year', () => monthsBetween('2025', '2026-01')],
    ['a month past year 9999', () => nextMonth('9999-12')],
  ])('refuses %s', (_label, call) => {
    expect(call).toThrow(RangeError);
  });

  it.each(['2025-02', '0000-01', '9999-12', '2024-12'])(
    'round-trips %s through its month index',
    (month) => {
      expect(monthFromIndex(monthIndex(month))).toBe(month);
    },
  );
});

describe('currentMonth', () => {
  it.each([
    ['2025-02-28T23:30:00Z', '2025-02'],
    ['2025-03-01T00:00:00Z', '2025-03'],
    ['2024-12-31T23:59:59.999Z', '2024-12'],
    ['2025-01-01T00:30:00+01:00', '2024-12'],
  ])('at %s the UTC month is %s', (instant, month) => {
    expect(currentMonth(new Date(instant))).toBe(month);
  });

  it('refuses an invalid date', () => {
    expect(() => currentMonth(new Date('not a date'))).toThrow(RangeError);
  });
});
