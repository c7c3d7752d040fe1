import { describe, expect, it } from 'vitest';
import { cumulativeFromMonthly } from '../../../src/domain/cumulative';
import { sumByMonth } from '../../reference-model/series';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const incidents = makeIncidents([
  ['a', '2024-02-10', 10],
  ['b', '2025-02-10', 20],
  ['c', '2025-05-10', 40],
]);

const line = (year: string, firstMonth: string | null, lastMonth: string | null) =>
  cumulativeFromMonthly(sumByMonth(incidents), lastMonth, firstMonth)
    .find((y) => y.year === year)
    ?.points.map((p) => p.cumulativeUsd);

describe('cumulative lines under a month filter', () => {
  it('stop at the filter’s last month instead of running flat to December', () => {
    expect(line('2025', '2025-01', '2025-09')).toEqual([0, 20, 20, 20, 60, 60, 60, 60, 60, null, null, null]); // prettier-ignore
  });

  it('start at the filter’s first month', () => {
    expect(line('2024', '2024-03', null)).toEqual([null, null, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]); // prettier-ignore
  });

  it('keep one point for a one-month filter', () => {
    expect(line('2025', '2025-02', '2025-02')).toEqual([null, 20, null, null, null, null, null, null, null, null, null, null]); // prettier-ignore
  });
});
