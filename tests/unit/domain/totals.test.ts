import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/domain/incident';
import type { Totals } from '../../../src/domain/totals';
import { totalsOf as computeTotals } from './engine-view';
import { makeIncident, makeIncidents } from '../../../mocks/fixtures/make-incident';

describe('computeTotals', () => {
  it.each<[string, Incident[], Partial<Totals>]>([
    [
      'an empty list has zero totals and no largest, median or share',
      [],
      {
        totalUsd: 0,
        count: 0,
        largest: null,
        medianUsd: null,
        returnedUsd: 0,
        netUsd: 0,
        dprkUsd: 0,
        dprkShare: null,
      },
    ],
    [
      'one incident is its own largest and median',
      makeIncidents([['only', '2025-01-01', 42, { returnedUsd: 2 }]]),
      { totalUsd: 42, count: 1, medianUsd: 42, returnedUsd: 2, netUsd: 40, dprkShare: 0 },
    ],
    [
      'an odd count takes the middle amount as median',
      makeIncidents([
        ['a', '2025-01-01', 5],
        ['b', '2025-01-02', 1],
        ['c', '2025-01-03', 100],
      ]),
      { totalUsd: 106, count: 3, medianUsd: 5 },
    ],
    [
      'an even count takes the mean of the two middle amounts',
      makeIncidents([
        ['a', '2025-01-01', 4],
        ['b', '2025-01-02', 1],
        ['c', '2025-01-03', 100],
        ['d', '2025-01-04', 7],
      ]),
      { medianUsd: 5.5 },
    ],
    [
      'a null returned amount counts as nothing returned',
      makeIncidents([
        ['a', '2025-01-01', 10, { returnedUsd: null }],
        ['b', '2025-01-02', 20, { returnedUsd: 5 }],
      ]),
      { returnedUsd: 5, netUsd: 25 },
    ],
    [
      'only attributions starting with DPRK count as DPRK',
      makeIncidents([
        ['a', '2025-01-01', 30, { attribution: 'DPRK (Lazarus Group)' }],
        ['b', '2025-01-02', 10, { attribution: 'DPRK' }],
        ['c', '2025-01-03', 40, { attribution: 'suspected: DPRK' }],
        ['d', '2025-01-04', 20, { attribution: null }],
      ]),
      { totalUsd: 100, dprkUsd: 40, dprkShare: 0.4 },
    ],
    [
      'zero amounts give no DPRK share rather than NaN',
      makeIncidents([['a', '2025-01-01', 0, { attribution: 'DPRK' }]]),
      { totalUsd: 0, dprkUsd: 0, dprkShare: null, medianUsd: 0 },
    ],
    [
      'huge amounts add up exactly',
      makeIncidents([
        ['a', '2025-01-01', 1e11],
        ['b', '2025-01-02', 1e11],
        ['c', '2025-01-03', 1.5e9],
      ]),
      { totalUsd: 201.5e9, medianUsd: 1e11, count: 3 },
    ],
  ])('%s', (_title, incidents, expected) => {
    expect(computeTotals(incidents)).toMatchObject(expected);
  });

  it.each<[string, Incident[], string]>([
    [
      'the largest amount wins',
      makeIncidents([
        ['small', '2020-01-01', 1],
        ['big', '2025-01-01', 9],
        ['mid', '2021-01-01', 5],
      ]),
      'big',
    ],
    [
      'on a tie the earliest date wins',
      makeIncidents([
        ['late', '2025-06-01', 9],
        ['early', '2021-01-01', 9],
        ['middle', '2023-01-01', 9],
      ]),
      'early',
    ],
    [
      'on a tie of amount and date the smallest id wins',
      makeIncidents([
        ['b', '2025-01-01', 9],
        ['c', '2025-01-01', 9],
        ['a', '2025-01-01', 9],
      ]),
      'a',
    ],
  ])('%s', (_title, incidents, expectedId) => {
    expect(computeTotals(incidents).largest?.id).toBe(expectedId);
    expect(computeTotals([...incidents].reverse()).largest?.id).toBe(expectedId);
  });

  it('does not reorder the input while finding the median', () => {
    const incidents = [
      makeIncident({ id: 'x', amountUsd: 3 }),
      makeIncident({ id: 'y', amountUsd: 1 }),
    ];
    computeTotals(incidents);
    expect(incidents.map((i) => i.id)).toEqual(['x', 'y']);
  });
});
