import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/domain/incident';
import type { PeriodRange } from '../../../src/domain/series';
import { sumByMonth, sumByYear } from '../../reference-model/series';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

type Row = [period: string, totalUsd: number, dprkUsd: number, otherUsd: number, count: number];
const rows = (incidents: Incident[], by: typeof sumByMonth, range?: PeriodRange): Row[] =>
  by(incidents, range).map((p) => [p.period, p.totalUsd, p.dprkUsd, p.otherUsd, p.count]);

const gappy = makeIncidents([
  ['mar', '2024-03-10', 30, { attribution: 'DPRK' }],
  ['nov', '2023-11-30', 10],
  ['jan', '2024-01-01', 20, { attribution: 'suspected: DPRK' }],
  ['mar2', '2024-03-31', 5],
]);

describe('sumByMonth', () => {
  it.each<[string, Incident[], PeriodRange | undefined, Row[]]>([
    ['an empty list has no months', [], undefined, []],
    [
      'an empty list fills a closed range with zeros',
      [],
      { from: '2024-12', to: '2025-01' },
      [
        ['2024-12', 0, 0, 0, 0],
        ['2025-01', 0, 0, 0, 0],
      ],
    ],
    [
      'an empty list with a half-open range has just that month',
      [],
      { from: '2024-12', to: null },
      [['2024-12', 0, 0, 0, 0]],
    ],
    [
      'one incident is one month',
      makeIncidents([['a', '2025-02-28', 7]]),
      undefined,
      [['2025-02', 7, 0, 7, 1]],
    ],
    [
      'gaps between months are zero-filled across the year end, in order',
      gappy,
      undefined,
      [
        ['2023-11', 10, 0, 10, 1],
        ['2023-12', 0, 0, 0, 0],
        ['2024-01', 20, 0, 20, 1],
        ['2024-02', 0, 0, 0, 0],
        ['2024-03', 35, 30, 5, 2],
      ],
    ],
    [
      'a range widens the series on both sides',
      makeIncidents([['a', '2025-02-01', 1]]),
      { from: '2025-01', to: '2025-03' },
      [
        ['2025-01', 0, 0, 0, 0],
        ['2025-02', 1, 0, 1, 1],
        ['2025-03', 0, 0, 0, 0],
      ],
    ],
    [
      'a range never drops incidents outside it',
      makeIncidents([['a', '2025-04-01', 1]]),
      { from: '2025-05', to: null },
      [
        ['2025-04', 1, 0, 1, 1],
        ['2025-05', 0, 0, 0, 0],
      ],
    ],
    [
      'a range value that is not a month key is ignored',
      makeIncidents([['a', '2025-04-01', 1]]),
      { from: 'soon', to: '2025' },
      [['2025-04', 1, 0, 1, 1]],
    ],
    [
      'huge amounts stay exact',
      makeIncidents([
        ['a', '2025-01-01', 1e11, { attribution: 'DPRK' }],
        ['b', '2025-01-31', 1e11],
      ]),
      undefined,
      [['2025-01', 2e11, 1e11, 1e11, 2]],
    ],
  ])('%s', (_title, incidents, range, expected) => {
    expect(rows(incidents, sumByMonth, range)).toEqual(expected);
  });

  it.each<[string, Incident[], string[]]>([
    [
      'keeps the three largest of a month, largest first',
      makeIncidents([
        ['s', '2025-01-02', 1],
        ['l', '2025-01-03', 9],
        ['m', '2025-01-04', 5],
        ['xl', '2025-01-05', 20],
      ]),
      ['xl', 'l', 'm'],
    ],
    [
      'breaks ties by the earlier date',
      makeIncidents([
        ['later', '2025-01-20', 5],
        ['earlier', '2025-01-02', 5],
      ]),
      ['earlier', 'later'],
    ],
  ])('%s', (_title, incidents, expected) => {
    const [point] = sumByMonth(incidents);
    expect(point?.largest.map((i) => i.id)).toEqual(expected);
  });
});

describe('sumByYear', () => {
  it.each<[string, Incident[], PeriodRange | undefined, Row[]]>([
    ['an empty list has no years', [], undefined, []],
    [
      'gaps between years are zero-filled',
      makeIncidents([
        ['a', '2021-12-31', 3, { attribution: 'DPRK (Lazarus Group)' }],
        ['b', '2023-01-01', 4],
        ['c', '2021-01-01', 1],
      ]),
      undefined,
      [
        ['2021', 4, 3, 1, 2],
        ['2022', 0, 0, 0, 0],
        ['2023', 4, 0, 4, 1],
      ],
    ],
    [
      'a month range widens the years',
      makeIncidents([['a', '2022-06-01', 3]]),
      { from: '2021-11', to: '2023-02' },
      [
        ['2021', 0, 0, 0, 0],
        ['2022', 3, 0, 3, 1],
        ['2023', 0, 0, 0, 0],
      ],
    ],
  ])('%s', (_title, incidents, range, expected) => {
    expect(rows(incidents, sumByYear, range)).toEqual(expected);
  });

  it('keeps the three largest of the year across its months', () => {
    const incidents = makeIncidents([
      ['jan-1', '2024-01-01', 1],
      ['jan-9', '2024-01-02', 9],
      ['jan-8', '2024-01-03', 8],
      ['jan-7', '2024-01-04', 7],
      ['dec-10', '2024-12-01', 10],
      ['dec-2', '2024-12-02', 2],
    ]);
    expect(sumByYear(incidents)[0]?.largest.map((i) => i.id)).toEqual(['dec-10', 'jan-9', 'jan-8']);
  });
});
