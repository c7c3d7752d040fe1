import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import { summarizeView } from '../../../src/domain/engine/summarize-view';
import { measureBars, shareOfSeries } from '../../../src/domain/timeline-measure';
import { incidentsArb } from './incident-arbitrary';

const incidents = makeIncidents([
  ['a', '2025-01-10', 3_000_000, { attribution: 'DPRK (Lazarus Group)', returnedUsd: 1_000_000 }],
  ['b', '2025-01-20', 1_000_000, { returnedUsd: 250_000 }],
  ['c', '2025-03-10', 2_000_000],
]);
const { monthly } = summarizeView(incidents, EMPTY_FILTERS).summary;
const parts = (measure: 'gross' | 'net' | 'share') =>
  measureBars(monthly, measure).map((bar) => [bar.period, bar.dprk, bar.other, bar.total]);

describe('the timeline’s measures', () => {
  it('draws the amounts stolen in the gross view', () => {
    expect(parts('gross')).toEqual([
      ['2025-01', 3_000_000, 1_000_000, 4_000_000],
      ['2025-02', 0, 0, 0],
      ['2025-03', 0, 2_000_000, 2_000_000],
    ]);
  });

  it('subtracts what sources report returned, from the part the theft belongs to, in the net view', () => {
    expect(parts('net')).toEqual([
      ['2025-01', 2_000_000, 750_000, 2_750_000],
      ['2025-02', 0, 0, 0],
      ['2025-03', 0, 2_000_000, 2_000_000],
    ]);
  });

  it('draws each period with thefts as a full bar split by DPRK’s share, and no bar without', () => {
    expect(parts('share')).toEqual([
      ['2025-01', 0.75, 0.25, 1],
      ['2025-02', 0, 0, 0],
      ['2025-03', 0, 1, 1],
    ]);
  });

  it('gives DPRK’s share of the whole series, none when nothing was stolen', () => {
    expect(shareOfSeries(monthly)).toBe(0.5);
    expect(shareOfSeries([])).toBeNull();
  });

  it('keeps every share bar whole and every net bar within its gross one, for any incidents', () => {
    fc.assert(
      fc.property(incidentsArb(), (list) => {
        const { yearly } = summarizeView(list, EMPTY_FILTERS).summary;
        const share = measureBars(yearly, 'share');
        const net = measureBars(yearly, 'net');
        yearly.forEach((point, at) => {
          const bar = share[at];
          if (point.totalUsd > 0) expect(bar?.total).toBeCloseTo(1, 9);
          else expect(bar?.total).toBe(0);
          expect(net[at]?.total ?? 0).toBeLessThanOrEqual(point.totalUsd + 1e-6);
          expect(net[at]?.dprk ?? -1).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });
});
