import { describe, expect, it } from 'vitest';
import { decideMonth } from '../../../src/features/filters/month-decision';
import { readTypedMonth } from '../../../src/features/filters/typed-month';
import { formattersFor } from '../../../src/lib/format';

describe('readTypedMonth', () => {
  it.each([
    ['2025-03', '2025-03'],
    ['2025/3', null],
    ['03/2025', '2025-03'],
    ['3/2025', '2025-03'],
    ['3 2025', '2025-03'],
    ['Mar 2025', '2025-03'],
    ['Mar2025', '2025-03'],
    ['march, 2025', '2025-03'],
    ['mars 2025', '2025-03'],
    ['févr. 2025', '2025-02'],
    ['fevrier 2025', '2025-02'],
    ['juil 2025', '2025-07'],
    ['aout 2025', '2025-08'],
    ['2025 Sept', '2025-09'],
    ['mai 2025', '2025-05'],
  ])('reads “%s” while typing as %s', (text, month) => {
    const read = readTypedMonth(text, false);
    expect(read.kind === 'month' ? read.month : null).toBe(month);
  });

  it.each([
    '2',
    '20',
    '202',
    '2025',
    '2025-',
    '2025-0',
    '2025-1',
    'M',
    'Ma',
    'Mar',
    'Mar 202',
    'Ju 2025',
    'jui 2025',
    'ma 2025',
    '13/2025',
    '2025-13',
    'Xyz 2025',
    '0/2025',
  ])('waits while “%s” is typed', (text) => {
    expect(readTypedMonth(text, false).kind).toBe('unreadable');
  });

  it('reads a one-digit month after a year only once the field is left', () => {
    expect(readTypedMonth('2025-1', true)).toEqual({ kind: 'month', month: '2025-01' });
    expect(readTypedMonth('  ', true)).toEqual({ kind: 'empty' });
  });
});

describe('decideMonth', () => {
  const bounds = { first: '2011-06', last: '2026-08' };
  const month = (value: string) => ({ kind: 'month', month: value }) as const;

  it('refuses a complete month outside the data, as typed year by year', () => {
    for (const year of ['0002', '0020', '0202']) {
      expect(
        decideMonth('from', month(`${year}-03`), { from: null, to: null }, bounds, false),
      ).toMatchObject({ kind: 'outside' });
    }
  });

  it('swaps two complete months and waits on a half-typed one', () => {
    const range = { from: '2025-06', to: null };
    expect(decideMonth('to', month('2025-02'), range, bounds, false)).toEqual({
      kind: 'apply',
      from: '2025-02',
      to: '2025-06',
      swapped: true,
    });
    expect(decideMonth('to', { kind: 'unreadable' }, range, bounds, false)).toEqual({
      kind: 'wait',
    });
    expect(decideMonth('to', { kind: 'unreadable' }, range, bounds, true)).toEqual({
      kind: 'unreadable',
    });
    expect(decideMonth('from', { kind: 'empty' }, range, bounds, true)).toEqual({
      kind: 'apply',
      from: null,
      to: null,
      swapped: false,
    });
  });
});

describe('months of years below 100', () => {
  it('are shown as those years, not as 19xx', () => {
    expect(formattersFor('en').formatMonthLong('0002-03')).toBe('March 2');
    expect(formattersFor('en').formatMonthShort('0099-12')).not.toContain('1999');
  });
});
