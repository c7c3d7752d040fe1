import type { Incident } from './incident';

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
