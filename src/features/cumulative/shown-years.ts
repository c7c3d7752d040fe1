/** How many of the most recent years the cumulative chart shows until the reader chooses. */
export const RECENT_YEARS_SHOWN = 6;

/** The last `n` of `years` (oldest first), as a set. */
export function recentYears(years: readonly string[], n = RECENT_YEARS_SHOWN): Set<string> {
  return new Set(n > 0 ? years.slice(-n) : []);
}

/** `chosen` restricted to the years that exist, so a filter that drops a year drops its line. */
export function keepAvailable(chosen: ReadonlySet<string>, years: readonly string[]): Set<string> {
  return new Set(years.filter((year) => chosen.has(year)));
}

/** `shown` with `year` added or removed. */
export function toggleYear(shown: ReadonlySet<string>, year: string): Set<string> {
  const next = new Set(shown);
  if (next.has(year)) next.delete(year);
  else next.add(year);
  return next;
}
