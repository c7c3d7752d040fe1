import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import { summarizeView } from '../../../src/domain/engine/summarize-view';
import { monthsOfPeriod } from '../../../src/domain/months';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const incidents = makeIncidents([
  ['a', '2024-12-31', 1_000_000],
  ['b', '2025-01-01', 2_000_000, { attribution: 'DPRK' }],
  ['c', '2025-03-31', 3_000_000],
  ['d', '2025-08-15', 4_000_000],
]);

describe('quarters', () => {
  it.each([
    ['2025-Q1', '2025-01', '2025-03'],
    ['2025-Q2', '2025-04', '2025-06'],
    ['2025-Q3', '2025-07', '2025-09'],
    ['2024-Q4', '2024-10', '2024-12'],
  ])('narrows the view to the months of %s', (quarter, from, to) => {
    expect(monthsOfPeriod(quarter)).toEqual({ from, to });
  });

  it('sums each calendar quarter, zero-filled, with the last day of a quarter in it', () => {
    const { quarterly } = summarizeView(incidents, EMPTY_FILTERS).summary;
    expect(quarterly.map((q) => [q.period, q.totalUsd, q.dprkUsd, q.count])).toEqual([
      ['2024-Q4', 1_000_000, 0, 1],
      ['2025-Q1', 5_000_000, 2_000_000, 2],
      ['2025-Q2', 0, 0, 0],
      ['2025-Q3', 4_000_000, 0, 1],
    ]);
  });

  it('covers the quarters of a month range wider than the matches', () => {
    const { quarterly } = summarizeView(incidents, {
      ...EMPTY_FILTERS,
      from: '2025-02',
      to: '2025-05',
    }).summary;
    expect(quarterly.map((q) => [q.period, q.totalUsd])).toEqual([
      ['2025-Q1', 3_000_000],
      ['2025-Q2', 0],
    ]);
  });

  it('is empty when nothing matches', () => {
    expect(
      summarizeView(incidents, { ...EMPTY_FILTERS, minAmount: 1e12 }).summary.quarterly,
    ).toEqual([]);
  });
});
