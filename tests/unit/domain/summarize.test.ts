import { describe, expect, it } from 'vitest';
import { groupIncidents } from '../../reference-model/groups';
import { EMPTY_FILTERS, type IncidentFilters } from '../../../src/domain/filter';
import { filterIncidents } from '../../reference-model/filter';
import { largestIncidents } from '../../reference-model/largest';
import { sumByMonth, sumByQuarter, sumByYear } from '../../reference-model/series';
import { rangeWithinData } from './range-within-data';
import { SUMMARY_LARGEST_COUNT } from '../../../src/domain/engine/summarize-view';
import { viewSummary as summarize } from './engine-view';
import { computeTotals } from '../../reference-model/totals';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const incidents = makeIncidents([
  ['a', '2024-11-02', 300, { attribution: 'DPRK', category: 'bridge', technique: 'phishing' }],
  ['b', '2025-01-15', 100, { category: 'wallet' }],
  ['c', '2025-02-28', 200, { attribution: 'DPRK (Lazarus Group)', technique: 'phishing' }],
  ['d', '2025-02-01', 200, { returnedUsd: 50 }],
  ...Array.from({ length: 12 }, (_, at): [string, string, number] => [`n${at}`, '2023-06-10', at]),
]);

describe('summarize', () => {
  it.each<[string, Partial<IncidentFilters>]>([
    ['no filters', {}],
    ['a month range wider than the data', { from: '2024-09', to: '2025-04' }],
    ['a DPRK filter', { attribution: 'DPRK' }],
    ['filters nothing passes', { minAmount: 1e12 }],
    ['a closed range nothing passes', { from: '2020-01', to: '2020-03', minAmount: 1e12 }],
  ])('gives the same figures as the separate functions with %s', (_title, partial) => {
    const filters = { ...EMPTY_FILTERS, ...partial };
    const kept = filterIncidents(incidents, filters);
    expect(summarize(incidents, filters)).toEqual({
      incidents: kept,
      totals: computeTotals(kept),
      monthly: sumByMonth(kept, rangeWithinData(incidents, filters)),
      quarterly: sumByQuarter(kept, rangeWithinData(incidents, filters)),
      yearly: sumByYear(kept, rangeWithinData(incidents, filters)),
      byCategory: groupIncidents(kept, 'category'),
      byTechnique: groupIncidents(kept, 'technique'),
      largest: largestIncidents(kept, SUMMARY_LARGEST_COUNT),
    });
  });

  it('zero-fills the monthly series across the selected range, up to the data’s last month', () => {
    const { monthly } = summarize(incidents, { ...EMPTY_FILTERS, from: '2024-12', to: '2025-06' });
    expect(monthly.map((p) => [p.period, p.totalUsd])).toEqual([
      ['2024-12', 0],
      ['2025-01', 100],
      ['2025-02', 400],
    ]);
  });

  it('draws no months at all for a range wholly after the data', () => {
    const { monthly, yearly } = summarize(incidents, { ...EMPTY_FILTERS, from: '2026-01' });
    expect(monthly).toEqual([]);
    expect(yearly).toEqual([]);
  });

  it('keeps the ten largest, earlier date first on a tie', () => {
    const { largest, totals } = summarize(incidents, EMPTY_FILTERS);
    expect(largest.map((i) => i.id)).toEqual([
      'a',
      'd',
      'c',
      'b',
      'n11',
      'n10',
      'n9',
      'n8',
      'n7',
      'n6',
    ]);
    expect(totals.largest?.id).toBe('a');
  });
});
