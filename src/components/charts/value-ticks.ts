/** Steps a reader can count in: 1, 2, 2.5 and 5 times a power of ten. */
const NICE_STEPS = [1, 2, 2.5, 5, 10];

/**
 * Round ticks from 0 to just above `max`, at most `maxTicks` of them: `1.54e9` gives 0, 500M, 1B,
 * 1.5B, 2B (never steps of 850M that end on $2.55B). Undefined when there is nothing to scale.
 */
export function valueTicks(max: number, maxTicks = 6): number[] | undefined {
  if (!Number.isFinite(max) || max <= 0) return undefined;
  const rough = max / (maxTicks - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (NICE_STEPS.find((nice) => nice * power >= rough) ?? 10) * power;
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, at) => Number((at * step).toPrecision(12)));
}
