import { describe, expect, it } from 'vitest';
import { cumulativeByYear } from '../../reference-model/cumulative';
import type { Incident } from '../../../src/domain/incident';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const incidents = makeIncidents([
  ['a', '2024-02-28', 10],
  ['b', '2024-02-01', 5],
  ['c', '2024-11-30', 100],
  ['d', '2022-01-01', 7],
  ['e', '2025-03-01', 1e11],
]);

const lines = (list: Incident[], lastMonth?: string) =>
  Object.fromEntries(
    cumulativeByYear(list, lastMonth).map((y) => [y.year, y.points.map((p) => p.cumulativeUsd)]),
  );

describe('cumulativeByYear', () => {
  it.each<[string, Incident[], string | undefined, Record<string, (number | null)[]>]>([
    ['has no lines for an empty list', [], undefined, {}],
    [
      'gives each year with incidents 12 year-to-date points, skipping years without any',
      incidents,
      undefined,
      {
        '2022': [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7],
        '2024': [0, 15, 15, 15, 15, 15, 15, 15, 15, 15, 115, 115],
        '2025': [0, 0, 1e11, 1e11, 1e11, 1e11, 1e11, 1e11, 1e11, 1e11, 1e11, 1e11],
      },
    ],
    [
      'stops the line after the last month',
      incidents.filter((i) => i.id === 'e'),
      '2025-04',
      { '2025': [0, 0, 1e11, 1e11, null, null, null, null, null, null, null, null] },
    ],
    [
      'keeps full lines for years before the last month',
      incidents.filter((i) => i.id === 'd'),
      '2025-04',
      { '2022': [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7] },
    ],
  ])('%s', (_title, list, lastMonth, expected) => {
    expect(lines(list, lastMonth)).toEqual(expected);
  });

  it('orders years ascending with months 1 to 12 and the year total', () => {
    const years = cumulativeByYear(incidents);
    expect(years.map((y) => [y.year, y.totalUsd])).toEqual([
      ['2022', 7],
      ['2024', 115],
      ['2025', 1e11],
    ]);
    expect(years[0]?.points.map((p) => p.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
