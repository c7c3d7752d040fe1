import type { PeriodPoint } from './series';

/** What the timeline's bars measure: dollars stolen, stolen less reported returns, or DPRK's share. */
export type TimelineMeasure = 'gross' | 'net' | 'share';

export const TIMELINE_MEASURES: readonly TimelineMeasure[] = ['gross', 'net', 'share'];

export const DEFAULT_MEASURE: TimelineMeasure = 'gross';

export function isTimelineMeasure(value: string): value is TimelineMeasure {
  return TIMELINE_MEASURES.some((measure) => measure === value);
}

/** One bar as drawn: the DPRK part stacked under the rest, in dollars or as shares of 1. */
export interface TimelineBar {
  readonly period: string;
  readonly dprk: number;
  readonly other: number;
  /** `dprk + other`: the bar's height; 0 for a period with nothing to draw. */
  readonly total: number;
  /** The period's sums, for the tooltip and the largest incidents. */
  readonly point: PeriodPoint;
}

/**
 * The bars of a series in one measure. `net` subtracts the funds a source reports returned
 * (never more than was stolen, so no part is negative); `share` draws each period with any theft
 * as a full bar split into DPRK's share and the rest's, and a period with none as no bar.
 */
export function measureBars(
  series: readonly PeriodPoint[],
  measure: TimelineMeasure,
): TimelineBar[] {
  return series.map((point) => {
    const [dprk, other] = parts(point, measure);
    return { period: point.period, dprk, other, total: dprk + other, point };
  });
}

function parts(point: PeriodPoint, measure: TimelineMeasure): [number, number] {
  switch (measure) {
    case 'gross':
      return [point.dprkUsd, point.otherUsd];
    case 'net': {
      const dprk = Math.max(0, point.dprkUsd - point.dprkReturnedUsd);
      const otherReturned = point.returnedUsd - point.dprkReturnedUsd;
      return [dprk, Math.max(0, point.otherUsd - otherReturned)];
    }
    case 'share': {
      if (point.totalUsd <= 0) return [0, 0];
      const dprk = point.dprkUsd / point.totalUsd;
      return [dprk, 1 - dprk];
    }
  }
}

/** DPRK's share of everything stolen across the series; null when nothing was. */
export function shareOfSeries(series: readonly PeriodPoint[]): number | null {
  let total = 0;
  let dprk = 0;
  for (const point of series) {
    total += point.totalUsd;
    dprk += point.dprkUsd;
  }
  return total > 0 ? dprk / total : null;
}
