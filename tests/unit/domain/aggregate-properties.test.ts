import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupIncidents, type GroupField } from '../../reference-model/groups';
import { cumulativeFromMonthly } from '../../../src/domain/cumulative';
import { SUMMARY_LARGEST_COUNT } from '../../../src/domain/engine/summarize-view';
import { filterIncidents } from '../../reference-model/filter';
import type { Incident } from '../../../src/domain/incident';
import { largestIncidents } from '../../reference-model/largest';
import { nextMonth } from '../../../src/domain/months';
import { sumByMonth, sumByQuarter, sumByYear } from '../../reference-model/series';
import { rangeWithinData } from './range-within-data';
import { viewSummary as summarize } from './engine-view';
import { computeTotals } from '../../reference-model/totals';
import { filtersArb, incidentsArb } from './incident-arbitrary';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

// The invariants, on the production engine.
describe('aggregate invariants over random incidents', () => {
  it('the months of the series sum to the total and count', () => {
    fc.assert(
      fc.property(incidentsArb(), (incidents) => {
        const { totals, monthly: months } = summarize(incidents);
        expect(sum(months.map((p) => p.totalUsd))).toBe(totals.totalUsd);
        expect(sum(months.map((p) => p.dprkUsd))).toBe(totals.dprkUsd);
        expect(sum(months.map((p) => p.count))).toBe(totals.count);
      }),
    );
  });

  it('the years of the series sum to the total and count', () => {
    fc.assert(
      fc.property(incidentsArb(), (incidents) => {
        const { totals, yearly: years } = summarize(incidents);
        expect(sum(years.map((p) => p.totalUsd))).toBe(totals.totalUsd);
        expect(sum(years.map((p) => p.count))).toBe(totals.count);
      }),
    );
  });

  it('the month series has every month from the first to the last, once, in order', () => {
    fc.assert(
      fc.property(incidentsArb(), (incidents) => {
        const periods = summarize(incidents).monthly.map((p) => p.period);
        periods.slice(1).forEach((period, at) => {
          expect(period).toBe(nextMonth(periods[at] ?? ''));
        });
        const months = incidents.map((i) => i.date.slice(0, 7)).sort();
        expect([periods[0], periods.at(-1)]).toEqual([months[0], months.at(-1)]);
      }),
    );
  });

  it('totals are finite, DPRK is within the total and the median within the amounts', () => {
    const anyAmount = fc.double({ min: 0, max: 1e11, noNaN: true });
    const incidents = fc
      .tuple(incidentsArb(), fc.array(anyAmount, { maxLength: 60 }))
      .map(([list, amounts]): Incident[] =>
        list.map((i, at) => ({ ...i, amountUsd: amounts[at] ?? i.amountUsd })),
      );
    fc.assert(
      fc.property(incidents, (list) => {
        const { totals, monthly } = summarize(list);
        for (const value of [totals.totalUsd, totals.returnedUsd, totals.netUsd, totals.dprkUsd]) {
          expect(Number.isFinite(value)).toBe(true);
        }
        expect(totals.dprkUsd).toBeLessThanOrEqual(totals.totalUsd);
        if (totals.dprkShare !== null) {
          expect(totals.dprkShare).toBeGreaterThanOrEqual(0);
          expect(totals.dprkShare).toBeLessThanOrEqual(1);
        }
        const amounts = list.map((i) => i.amountUsd);
        if (totals.medianUsd === null) expect(list).toHaveLength(0);
        else {
          expect(totals.medianUsd).toBeGreaterThanOrEqual(Math.min(...amounts));
          expect(totals.medianUsd).toBeLessThanOrEqual(Math.max(...amounts));
        }
        for (const point of monthly) expect(point.otherUsd).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it.each<GroupField>(['category', 'technique'])(
    'the %s groups sum to the total and count',
    (field) => {
      fc.assert(
        fc.property(incidentsArb(), (incidents) => {
          const { totals, byCategory, byTechnique } = summarize(incidents);
          const groups = field === 'category' ? byCategory : byTechnique;
          expect(sum(groups.map((g) => g.totalUsd))).toBe(totals.totalUsd);
          expect(sum(groups.map((g) => g.count))).toBe(totals.count);
        }),
      );
    },
  );

  it('each year line ends at that year total', () => {
    fc.assert(
      fc.property(incidentsArb(), (incidents) => {
        const { monthly, totals } = summarize(incidents);
        const years = cumulativeFromMonthly(monthly);
        expect(sum(years.map((y) => y.points.at(-1)?.cumulativeUsd ?? 0))).toBe(totals.totalUsd);
      }),
    );
  });

  it('the largest incidents do not depend on input order', () => {
    fc.assert(
      fc.property(incidentsArb(), (incidents) => {
        const forward = summarize(incidents).largest.map((i) => i.id);
        expect(summarize([...incidents].reverse()).largest.map((i) => i.id)).toEqual(forward);
        expect(forward).toHaveLength(Math.min(SUMMARY_LARGEST_COUNT, incidents.length));
      }),
    );
  });
});

// The engine against the reference model (tests/reference-model), on random filters.
describe('the engine and the reference model', () => {
  it('summarize agrees with filtering then aggregating', () => {
    fc.assert(
      fc.property(incidentsArb(), filtersArb, (incidents, filters) => {
        const kept = filterIncidents(incidents, filters);
        const summary = summarize(incidents, filters);
        expect(summary.incidents).toEqual(kept);
        expect(summary.totals).toEqual(computeTotals(kept));
        expect(summary.monthly).toEqual(sumByMonth(kept, rangeWithinData(incidents, filters)));
        expect(summary.yearly).toEqual(sumByYear(kept, rangeWithinData(incidents, filters)));
        expect(summary.quarterly).toEqual(sumByQuarter(kept, rangeWithinData(incidents, filters)));
        expect(summary.byCategory).toEqual(groupIncidents(kept, 'category'));
        expect(summary.largest).toEqual(largestIncidents(kept, SUMMARY_LARGEST_COUNT));
      }),
    );
  });
});
