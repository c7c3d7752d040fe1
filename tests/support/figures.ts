/**
 * Expected figures for UI tests, worked out from a list of incidents with plain filters and
 * whole-cent sums (none of the app's engine). Component tests use it on their fixture
 * (tests/component/support/dataset.ts), browser tests on the shipped dataset (shipped-data.ts).
 */
export interface FigureIncident {
  readonly date: string;
  readonly amountUsd: number;
  readonly attribution: string | null;
}

export interface Figure {
  readonly count: number;
  readonly totalUsd: number;
}

export function figuresOf<T extends FigureIncident>(incidents: readonly T[]) {
  function figureOf(keep: (incident: T) => boolean = () => true): Figure {
    const kept = incidents.filter(keep);
    const cents = kept.reduce((sum, incident) => sum + Math.round(incident.amountUsd * 100), 0);
    return { count: kept.length, totalUsd: cents / 100 };
  }

  /** The month with the largest total (the tallest bar of the timeline), `YYYY-MM`. */
  function largestMonth(): string {
    const sums = new Map<string, number>();
    for (const incident of incidents) {
      const month = incident.date.slice(0, 7);
      sums.set(month, (sums.get(month) ?? 0) + incident.amountUsd);
    }
    return [...sums].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  }

  return { figureOf, largestMonth };
}

export const inMonths =
  (from: string, to: string) =>
  (incident: FigureIncident): boolean =>
    incident.date.slice(0, 7) >= from && incident.date.slice(0, 7) <= to;

export const isDprkAttributed = (incident: FigureIncident): boolean =>
  incident.attribution?.startsWith('DPRK') ?? false;
