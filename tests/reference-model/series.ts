// The reference model of the time series: group the incidents by month (or year), then walk from
// the first period to the last one, zero-filling the gaps.
import { isDprk } from '../../src/domain/filter';
import type { Incident } from '../../src/domain/incident';
import { compareBySize } from '../../src/domain/largest';
import { isMonthKey, monthFromIndex, monthIndex } from '../../src/domain/months';
import { LARGEST_PER_PERIOD, type PeriodPoint, type PeriodRange } from '../../src/domain/series';

function series(
  incidents: readonly Incident[],
  range: PeriodRange | undefined,
  periodOf: (month: number) => number,
  label: (period: number) => string,
): PeriodPoint[] {
  const byPeriod = new Map<number, Incident[]>();
  for (const incident of incidents) {
    const period = periodOf(monthIndex(incident.date));
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), incident]);
  }
  const covered = [...byPeriod.keys()];
  for (const bound of [range?.from, range?.to]) {
    if (typeof bound === 'string' && isMonthKey(bound)) covered.push(periodOf(monthIndex(bound)));
  }
  if (covered.length === 0) return [];
  const points: PeriodPoint[] = [];
  for (let period = Math.min(...covered); period <= Math.max(...covered); period += 1) {
    const inPeriod = byPeriod.get(period) ?? [];
    const totalUsd = inPeriod.reduce((sum, incident) => sum + incident.amountUsd, 0);
    const dprkUsd = inPeriod
      .filter((incident) => isDprk(incident.attribution))
      .reduce((sum, incident) => sum + incident.amountUsd, 0);
    const returned = (list: readonly Incident[]) =>
      list.reduce((sum, incident) => sum + (incident.returnedUsd ?? 0), 0);
    points.push({
      period: label(period),
      totalUsd,
      dprkUsd,
      otherUsd: totalUsd - dprkUsd,
      returnedUsd: returned(inPeriod),
      dprkReturnedUsd: returned(inPeriod.filter((incident) => isDprk(incident.attribution))),
      count: inPeriod.length,
      largest: [...inPeriod].sort(compareBySize).slice(0, LARGEST_PER_PERIOD),
    });
  }
  return points;
}

/** Sums per UTC month, zero-filled from the first to the last month (covering `range`). */
export function sumByMonth(incidents: readonly Incident[], range?: PeriodRange): PeriodPoint[] {
  return series(incidents, range, (month) => month, monthFromIndex);
}

/** Sums per UTC quarter (`YYYY-Q1`), zero-filled from the first to the last (covering `range`). */
export function sumByQuarter(incidents: readonly Incident[], range?: PeriodRange): PeriodPoint[] {
  return series(
    incidents,
    range,
    (month) => Math.floor(month / 3),
    (quarter) => `${String(Math.floor(quarter / 4)).padStart(4, '0')}-Q${(quarter % 4) + 1}`,
  );
}

/** Sums per UTC year (`YYYY`), zero-filled from the first to the last year (covering `range`). */
export function sumByYear(incidents: readonly Incident[], range?: PeriodRange): PeriodPoint[] {
  return series(
    incidents,
    range,
    (month) => Math.floor(month / 12),
    (year) => String(year).padStart(4, '0'),
  );
}
