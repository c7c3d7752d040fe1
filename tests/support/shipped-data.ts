import dataset from '../../mocks/data/incidents.json';

/**
 * Expected figures for UI tests that run on the shipped dataset, worked out here from
 * mocks/data/incidents.json with plain filters and whole-cent sums (none of the app's engine), so
 * that a re-import changes no test.
 */
export type ShippedIncident = (typeof dataset.incidents)[number];

export const shippedIncidents: readonly ShippedIncident[] = dataset.incidents;
export const shippedMeta = dataset.meta;

export interface Figure {
  readonly count: number;
  readonly totalUsd: number;
}

export function figureOf(keep: (incident: ShippedIncident) => boolean = () => true): Figure {
  const kept = shippedIncidents.filter(keep);
  const cents = kept.reduce((sum, incident) => sum + Math.round(incident.amountUsd * 100), 0);
  return { count: kept.length, totalUsd: cents / 100 };
}

export const inMonths =
  (from: string, to: string) =>
  (incident: ShippedIncident): boolean =>
    incident.date.slice(0, 7) >= from && incident.date.slice(0, 7) <= to;

export const isDprkAttributed = (incident: ShippedIncident): boolean =>
  incident.attribution?.startsWith('DPRK') ?? false;

/** The month with the largest total (the tallest bar of the timeline), `YYYY-MM`. */
export function largestMonth(): string {
  const sums = new Map<string, number>();
  for (const incident of shippedIncidents) {
    const month = incident.date.slice(0, 7);
    sums.set(month, (sums.get(month) ?? 0) + incident.amountUsd);
  }
  return [...sums].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}
