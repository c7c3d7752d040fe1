import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  SUSPECTED_DPRK,
  type IncidentFilters,
  type OptionField,
} from '../../../src/domain/filter';
import { CATEGORIES } from '../../../src/domain/incident';
import { filteredIncidents as filterIncidents, optionCountsOf, viewSummary } from './engine-view';
import { filtersAndNarrowerArb, filtersArb, incidentsArb } from './incident-arbitrary';

// The invariants, on the production engine.
describe('filter invariants over random incidents', () => {
  it('a narrower filter never gives a larger total or count, and keeps a subset', () => {
    fc.assert(
      fc.property(incidentsArb(), filtersAndNarrowerArb, (incidents, [base, narrower]) => {
        const wide = filterIncidents(incidents, base);
        const narrow = filterIncidents(incidents, narrower);
        const wideIds = new Set(wide.map((i) => i.id));
        expect(narrow.every((i) => wideIds.has(i.id))).toBe(true);
        expect(viewSummary(incidents, narrower).totals.totalUsd).toBeLessThanOrEqual(
          viewSummary(incidents, base).totals.totalUsd,
        );
      }),
    );
  });

  it.each<[OptionField, (value: string) => Partial<IncidentFilters>]>([
    ['attribution', (value) => ({ attribution: value })],
    ['category', (value) => ({ categories: CATEGORIES.filter((c) => c === value) })],
    ['chain', (value) => ({ chains: [value] })],
    ['technique', (value) => ({ technique: value })],
  ])('each %s option count is what choosing that option shows', (field, choose) => {
    fc.assert(
      fc.property(incidentsArb(), filtersArb, (incidents, filters) => {
        for (const [value, count] of optionCountsOf(incidents, filters, field)) {
          // Not an option but a note on the DPRK option ("excludes 1 suspected"): no filter value.
          if (value === SUSPECTED_DPRK) continue;
          expect(filterIncidents(incidents, { ...filters, ...choose(value) })).toHaveLength(count);
        }
      }),
    );
  });

  it('no filters keep every incident', () => {
    fc.assert(
      fc.property(incidentsArb(), (incidents) => {
        expect(filterIncidents(incidents, EMPTY_FILTERS)).toEqual(incidents);
      }),
    );
  });
});
