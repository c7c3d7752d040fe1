import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, sameFilters, type IncidentFilters } from '../../../src/domain/filter';

const base: IncidentFilters = { ...EMPTY_FILTERS, from: '2025-01', chains: ['BSC', 'Ethereum'] };

describe('sameFilters', () => {
  it.each<[string, Partial<IncidentFilters>, boolean]>([
    ['a copy with equal lists', { chains: ['BSC', 'Ethereum'] }, true],
    ['another month', { from: '2025-02' }, false],
    ['another chain order', { chains: ['Ethereum', 'BSC'] }, false],
    ['a category more', { categories: ['bridge'] }, false],
    ['another search', { search: 'x' }, false],
    ['a minimum amount', { minAmount: 0 }, false],
  ])('tells %s', (_, change, expected) => {
    expect(sameFilters(base, { ...base, ...change })).toBe(expected);
  });

  it('treats two unusable amounts (NaN) as the same', () => {
    expect(sameFilters({ ...base, maxAmount: NaN }, { ...base, maxAmount: NaN })).toBe(true);
  });
});
