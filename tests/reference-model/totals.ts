// The reference model of the headline figures, from a list of incidents.
import { isDprk } from '../../src/domain/filter';
import type { Incident } from '../../src/domain/incident';
import { compareBySize } from '../../src/domain/largest';
import type { Totals } from '../../src/domain/totals';

function median(amounts: readonly number[]): number | null {
  if (amounts.length === 0) return null;
  const sorted = [...amounts].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function computeTotals(incidents: readonly Incident[]): Totals {
  let totalUsd = 0;
  let returnedUsd = 0;
  let returnedCount = 0;
  let dprkUsd = 0;
  for (const incident of incidents) {
    totalUsd += incident.amountUsd;
    if (incident.returnedUsd !== null) {
      returnedUsd += incident.returnedUsd;
      returnedCount += 1;
    }
    if (isDprk(incident.attribution)) dprkUsd += incident.amountUsd;
  }
  return {
    totalUsd,
    count: incidents.length,
    largest: [...incidents].sort(compareBySize)[0] ?? null,
    medianUsd: median(incidents.map((incident) => incident.amountUsd)),
    returnedUsd,
    returnedCount,
    netUsd: totalUsd - returnedUsd,
    dprkUsd,
    dprkShare: totalUsd === 0 ? null : dprkUsd / totalUsd,
  };
}
