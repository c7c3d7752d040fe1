import { keepAvailable, recentYears, toggleYear } from './shown-years';

export interface ShownYears {
  readonly shown: ReadonlySet<string>;
  readonly toggle: (year: string) => void;
  readonly showAll: () => void;
  readonly showRecent: () => void;
}

/** The years the reader chose (oldest first), or null for the chart's default. */
export type ChooseYears = (years: readonly string[] | null) => void;

/**
 * Which years the cumulative chart draws: the most recent ones until the reader picks, then the
 * reader's choice (kept while filters change the years available). The choice lives in the URL:
 * `chosen` is read from it and `choose` writes it.
 */
export function useShownYears(
  years: readonly string[],
  chosen: readonly string[] | null,
  choose: ChooseYears,
): ShownYears {
  const shown = chosen === null ? recentYears(years) : keepAvailable(new Set(chosen), years);
  return {
    shown,
    // The years chosen but not available now stay chosen, so widening the filters brings them back.
    toggle: (year) => choose(sorted(toggleYear(new Set(chosen ?? shown), year))),
    showAll: () => choose(sorted(new Set([...(chosen ?? []), ...years]))),
    showRecent: () => choose(null),
  };
}

const sorted = (years: ReadonlySet<string>) => [...years].sort();
