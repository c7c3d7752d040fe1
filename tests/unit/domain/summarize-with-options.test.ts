import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupIncidents } from '../../reference-model/groups';
import { cumulativeFromMonthly } from '../../../src/domain/cumulative';
import { cumulativeByYear } from '../../reference-model/cumulative';
import { DPRK, EMPTY_FILTERS, type IncidentFilters } from '../../../src/domain/filter';
import { filterIncidents } from '../../reference-model/filter';
import { countAllOptions } from '../../reference-model/options';
import type { Incident } from '../../../src/domain/incident';
import { largestIncidents } from '../../reference-model/largest';

import { sumByMonth, sumByQuarter, sumByYear } from '../../reference-model/series';
import { rangeWithinData } from './range-within-data';
import {
  summarizeView as summarizeWithOptions,
  SUMMARY_LARGEST_COUNT,
} from '../../../src/domain/engine/summarize-view';
import { computeTotals } from '../../reference-model/totals';
import { syntheticIncidents } from '../../../mocks/synthetic';
import { filtersArb, incidentsArb } from './incident-arbitrary';
import { makeIncident } from '../../../mocks/fixtures/make-incident';

function referenceSummary(incidents: readonly Incident[], filters: IncidentFilters) {
  const kept = filterIncidents(incidents, filters);
  return {
    incidents: kept,
    totals: computeTotals(kept),
    monthly: sumByMonth(kept, rangeWithinData(incidents, filters)),
    quarterly: sumByQuarter(kept, rangeWithinData(incidents, filters)),
    yearly: sumByYear(kept, rangeWithinData(incidents, filters)),
    byCategory: groupIncidents(kept, 'category'),
    byTechnique: groupIncidents(kept, 'technique'),
    largest: largestIncidents(kept, SUMMARY_LARGEST_COUNT),
  };
}

describe('summarizeView', () => {
  it('gives the figures of the separate functions and the option counts of each field', () => {
    fc.assert(
      // Lists of 20 or more, so that the ten largest fill up and ties at their edge are seen.
      fc.property(incidentsArb(80, 20), filtersArb, (incidents, filters) => {
        const { summary, optionCounts } = summarizeWithOptions(incidents, filters);
        expect(summary).toEqual(referenceSummary(incidents, filters));
        expect(optionCounts).toEqual(countAllOptions(incidents, filters));
      }),
    );
  });

  const synthetic = syntheticIncidents(3_000, 7);
  it.each<[string, Partial<IncidentFilters>]>([
    ['no filters', {}],
    ['a year', { from: '2024-01', to: '2024-12' }],
    ['the DPRK group', { attribution: DPRK }],
    ['a chain and a category', { chains: ['Ethereum', 'BSC'], categories: ['bridge'] }],
    ['a search and an amount range', { search: 'SWAP', minAmount: 1e5, maxAmount: 1e8 }],
    ['a technique nothing has', { technique: 'no such technique' }],
  ])('agrees with the separate functions on 3,000 synthetic incidents with %s', (_, partial) => {
    const filters = { ...EMPTY_FILTERS, ...partial };
    const { summary, optionCounts } = summarizeWithOptions(synthetic, filters);
    expect(summary).toEqual(referenceSummary(synthetic, filters));
    expect(optionCounts).toEqual(countAllOptions(synthetic, filters));
  });

  it('breaks ties at the edge of the largest lists by date, then id, whatever the row order', () => {
    // Fifteen equal amounts in one month, later rows on earlier days: the earliest must win.
    const ties = Array.from({ length: 15 }, (_, at) =>
      makeIncident({ id: `t${at}`, date: `2025-03-${String(20 - at).padStart(2, '0')}` }),
    );
    const { summary } = summarizeWithOptions(ties, EMPTY_FILTERS);
    expect(summary).toEqual(referenceSummary(ties, EMPTY_FILTERS));
    expect(summary.largest[0]?.id).toBe('t14');
    expect(summary.monthly[0]?.largest.map((i) => i.id)).toEqual(['t14', 't13', 't12']);
  });

  it('hands back the dataset itself when every incident passes', () => {
    expect(summarizeWithOptions(synthetic, EMPTY_FILTERS).summary.incidents).toBe(synthetic);
  });

  it('gives empty figures for no incidents', () => {
    const { summary, optionCounts } = summarizeWithOptions([], EMPTY_FILTERS);
    expect(summary.totals.count).toBe(0);
    expect(summary.monthly).toEqual([]);
    expect(optionCounts.attribution.size + optionCounts.chain.size).toBe(0);
  });
});

describe('cumulativeFromMonthly', () => {
  it('matches cumulativeByYear over the same incidents', () => {
    const lastMonth = fc.option(fc.constantFrom('2019-06', '2023-01', '2025-12'), { nil: null });
    fc.assert(
      fc.property(incidentsArb(), filtersArb, lastMonth, (incidents, filters, last) => {
        const kept = filterIncidents(incidents, filters);
        expect(
          cumulativeFromMonthly(sumByMonth(kept, rangeWithinData(incidents, filters)), last),
        ).toEqual(cumulativeByYear(kept, last));
      }),
    );
  });
});
