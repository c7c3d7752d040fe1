import { useState } from 'react';
import { keepAvailable, recentYears, toggleYear } from './shown-years';

export interface ShownYears {
  readonly shown: ReadonlySet<string>;
  readonly toggle: (year: string) => void;
  readonly showAll: () => void;
  readonly showRecent: () => void;
}

/**
 * Which years the cumulative chart draws: the most recent ones until the reader picks, then the
 * reader's choice (kept while filters change the years available).
 */
export function useShownYears(years: readonly string[]): ShownYears {
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const shown = chosen === null ? recentYears(years) : keepAvailable(chosen, years);
  return {
    shown,
    toggle: (year) => setChosen(toggleYear(shown, year)),
    showAll: () => setChosen(new Set(years)),
    showRecent: () => setChosen(null),
  };
}
