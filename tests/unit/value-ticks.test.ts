import { describe, expect, it } from 'vitest';
import { valueTicks } from '../../src/components/charts/value-ticks';

describe('valueTicks', () => {
  it.each([
    [1.535e9, [0, 5e8, 1e9, 1.5e9, 2e9]],
    [3.4e9, [0, 1e9, 2e9, 3e9, 4e9]],
    [2.55e9, [0, 1e9, 2e9, 3e9]],
    [7_000_000, [0, 2e6, 4e6, 6e6, 8e6]],
    [100, [0, 20, 40, 60, 80, 100]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])('gives round ticks up to %d', (max, ticks) => {
    expect(valueTicks(max)).toEqual(ticks);
  });

  it('covers the largest value with at most six ticks, in equal round steps', () => {
    for (const max of [3, 47, 999, 12_345, 8.9e8, 1.46e9, 2.1e10]) {
      const ticks = valueTicks(max) ?? [];
      expect(ticks.length).toBeLessThanOrEqual(7);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      const step = ticks[1] ?? 0;
      expect(String(step / 10 ** Math.floor(Math.log10(step)))).toMatch(/^(1|2|2\.5|5)$/);
    }
  });

  it('gives nothing to scale for an empty or zero series', () => {
    expect(valueTicks(0)).toBeUndefined();
    expect(valueTicks(Number.NaN)).toBeUndefined();
  });
});
