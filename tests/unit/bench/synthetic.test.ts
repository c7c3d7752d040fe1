import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../../src/data/incident-schema';
import { isDprk } from '../../../src/domain/filter';
import { syntheticIncidents, syntheticResponse } from '../../../mocks/synthetic';

describe('syntheticIncidents', () => {
  const incidents = syntheticIncidents(5_000, 42);

  it('gives the same rows for the same seed and other rows for another', () => {
    expect(syntheticIncidents(5_000, 42)).toEqual(incidents);
    expect(syntheticIncidents(5_000, 43)).not.toEqual(incidents);
  });

  it('gives rows the endpoint schema accepts, with unique ids, ordered by date', () => {
    expect(incidents.every((row) => incidentSchema.safeParse(row).success)).toBe(true);
    expect(new Set(incidents.map((i) => i.id)).size).toBe(incidents.length);
    const dates = incidents.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    expect([dates[0], dates.at(-1)]).toEqual([
      expect.stringMatching(/^2011-/),
      expect.stringMatching(/^2026-0[1-8]/),
    ]);
  });

  it('has heavy-tailed amounts: the largest 1% hold over a third of the total', () => {
    const amounts = incidents.map((i) => i.amountUsd).sort((a, b) => b - a);
    const total = amounts.reduce((a, b) => a + b, 0);
    const top = amounts.slice(0, amounts.length / 100).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(1 / 3);
  });

  it('repeats chains and attributions across many rows, with some DPRK ones', () => {
    const chains = new Set(incidents.flatMap((i) => i.chains));
    expect(chains.size).toBeLessThan(30);
    const dprk = incidents.filter((i) => isDprk(i.attribution)).length;
    expect(dprk / incidents.length).toBeGreaterThan(0.15);
    expect(dprk / incidents.length).toBeLessThan(0.4);
  });

  it('wraps the rows in a whole response whose meta matches them', () => {
    const { incidents: rows, meta } = syntheticResponse(100, 1);
    expect(meta.count).toBe(100);
    expect([meta.firstDate, meta.lastDate]).toEqual([rows[0]?.date, rows.at(-1)?.date]);
  });
});
