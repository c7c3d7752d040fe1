import type { Incident } from './incident';
import { isDprk } from './filter';
import { compareBySize } from './largest';
import { medianInPlace } from './median';

export interface Totals {
  readonly totalUsd: number;
  readonly count: number;
  /** The largest incident; on a tie the earliest, then the smallest id. */
  readonly largest: Incident | null;
  /** Median amount (mean of the two middle ones for an even count); null when there are none. */
  readonly medianUsd: number | null;
  /** Funds reported returned; incidents with none reported count as 0. */
  readonly returnedUsd: number;
  /** Incidents whose source reports a recovery figure (0 included): none means "none reported". */
  readonly returnedCount: number;
  /** `totalUsd - returnedUsd`. */
  readonly netUsd: number;
  readonly dprkUsd: number;
  /** `dprkUsd / totalUsd`, 0..1; null when the total is 0. */
  readonly dprkShare: number | null;
}

/** Running sums for {@link computeTotals}, filled by {@link addToTotals} in one pass. */
export interface TotalsDraft {
  totalUsd: number;
  returnedUsd: number;
  returnedCount: number;
  dprkUsd: number;
  count: number;
  largest: Incident | null;
  readonly amounts: Float64Array;
}

/** An empty draft with room for `capacity` amounts. */
export function createTotalsDraft(capacity: number): TotalsDraft {
  return {
    totalUsd: 0,
    returnedUsd: 0,
    returnedCount: 0,
    dprkUsd: 0,
    count: 0,
    largest: null,
    amounts: new Float64Array(capacity),
  };
}

/** Adds one incident to a draft the caller owns (it changes the draft in place). */
export function addToTotals(draft: TotalsDraft, incident: Incident, dprk: boolean): void {
  const amount = incident.amountUsd;
  draft.amounts[draft.count] = amount;
  draft.count += 1;
  draft.totalUsd += amount;
  if (incident.returnedUsd !== null) {
    draft.returnedUsd += incident.returnedUsd;
    draft.returnedCount += 1;
  }
  if (dprk) draft.dprkUsd += amount;
  if (draft.largest === null || compareBySize(incident, draft.largest) < 0) {
    draft.largest = incident;
  }
}

/** The finished figures; uses up the draft (its amounts end reordered). */
export function finishTotals(draft: TotalsDraft): Totals {
  const { totalUsd, returnedUsd, returnedCount, dprkUsd, count, largest } = draft;
  return {
    totalUsd,
    count,
    largest,
    medianUsd: medianInPlace(draft.amounts.subarray(0, count)),
    returnedUsd,
    returnedCount,
    netUsd: totalUsd - returnedUsd,
    dprkUsd,
    dprkShare: totalUsd === 0 ? null : dprkUsd / totalUsd,
  };
}

/** Headline figures for a list of incidents. */
export function computeTotals(incidents: readonly Incident[]): Totals {
  const draft = createTotalsDraft(incidents.length);
  for (const incident of incidents) addToTotals(draft, incident, isDprk(incident.attribution));
  return finishTotals(draft);
}
