// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incidentsResponse } from '../../../mocks/fixtures/responses';
import { incidentSchema, MAX_AMOUNT_USD } from '../../../src/data/incident-schema';
import { parseIncidentsResponse } from '../../../src/data/parse-incidents';
import { EMPTY_FILTERS, type IncidentFilters } from '../../../src/domain/filter';
import { viewSummary as summarize } from '../domain/engine-view';
import { rawRows } from './incident-arbitraries';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Sums in another order differ by rounding only: at most a few units in the last place. */
function expectSameSum(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-12);
}

const filters = fc.constantFrom<IncidentFilters>(
  EMPTY_FILTERS,
  { ...EMPTY_FILTERS, attribution: 'DPRK' },
  { ...EMPTY_FILTERS, from: '2020-01', to: '2024-12' },
  { ...EMPTY_FILTERS, search: '<script>' },
  { ...EMPTY_FILTERS, minAmount: 1_000_000, maxAmount: MAX_AMOUNT_USD },
);

describe('random responses with hostile text and extreme numbers', () => {
  it('every row received is either shown or reported as skipped, once', () => {
    fc.assert(
      fc.property(rawRows, (rows) => {
        const result = parseIncidentsResponse(incidentsResponse(rows));
        expect(result.receivedCount).toBe(rows.length);
        expect(result.incidents.length + result.skipped.length).toBe(result.receivedCount);
        const reported = result.skipped.map((skipped) => skipped.row);
        expect(new Set(reported).size).toBe(reported.length);
        for (const row of reported) {
          expect(row).toBeGreaterThanOrEqual(1);
          expect(row).toBeLessThanOrEqual(rows.length);
        }
        const ids = result.incidents.map((incident) => incident.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('every row shown passes the schema, with a finite amount above zero and within the cap', () => {
    fc.assert(
      fc.property(rawRows, (rows) => {
        for (const incident of parseIncidentsResponse(incidentsResponse(rows)).incidents) {
          expect(incidentSchema.safeParse(incident).success).toBe(true);
          expect(Number.isFinite(incident.amountUsd)).toBe(true);
          expect(incident.amountUsd).toBeGreaterThan(0);
          expect(incident.amountUsd).toBeLessThanOrEqual(MAX_AMOUNT_USD);
        }
      }),
    );
  });

  it('totals are never NaN or infinite, and the months, years and groups add up to them', () => {
    fc.assert(
      fc.property(rawRows, filters, (rows, filter) => {
        const { incidents } = parseIncidentsResponse(incidentsResponse(rows));
        const { totals, monthly, yearly, byCategory } = summarize(incidents, filter);
        const figures = [totals.totalUsd, totals.returnedUsd, totals.netUsd, totals.dprkUsd];
        for (const figure of [...figures, totals.medianUsd ?? 0, totals.dprkShare ?? 0]) {
          expect(Number.isFinite(figure)).toBe(true);
        }
        expect(totals.dprkUsd).toBeLessThanOrEqual(totals.totalUsd);
        expect(totals.dprkShare ?? 0).toBeLessThanOrEqual(1);
        expectSameSum(sum(monthly.map((point) => point.totalUsd)), totals.totalUsd);
        expectSameSum(sum(monthly.map((point) => point.dprkUsd)), totals.dprkUsd);
        expectSameSum(sum(yearly.map((point) => point.totalUsd)), totals.totalUsd);
        expectSameSum(sum(byCategory.map((group) => group.totalUsd)), totals.totalUsd);
        expect(sum(monthly.map((point) => point.count))).toBe(totals.count);
        for (const point of monthly) expect(Number.isFinite(point.totalUsd)).toBe(true);
      }),
    );
  });

  it('every total of the unfiltered view counts each row shown exactly once', () => {
    fc.assert(
      fc.property(rawRows, (rows) => {
        const { incidents } = parseIncidentsResponse(incidentsResponse(rows));
        const { totals } = summarize(incidents, EMPTY_FILTERS);
        expect(totals.count).toBe(incidents.length);
        expectSameSum(totals.totalUsd, sum(incidents.map((incident) => incident.amountUsd)));
      }),
    );
  });
});
