// The reference model of "the largest incidents": sort everything, take the first n.
import type { Incident } from '../../src/domain/incident';
import { compareBySize } from '../../src/domain/largest';

/** The `n` largest incidents, largest first, ties broken by `compareBySize`. */
export function largestIncidents(incidents: readonly Incident[], n: number): Incident[] {
  const limit = n > 0 ? Math.floor(n) : 0;
  return [...incidents].sort(compareBySize).slice(0, limit);
}
