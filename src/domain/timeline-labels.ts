import type { Incident } from './incident';

/** How many bars the timeline names. */
export const LABELLED_BARS = 3;

/** A bar the timeline names, with the largest incident it holds. */
export interface BarLabel {
  /** 1 for the bar holding the largest incident in view, then 2 and 3. */
  readonly rank: number;
  readonly period: string;
  readonly incident: Incident;
}

/**
 * The bars holding the largest incidents in view, named after the largest of each. `largest`
 * is the view's largest incidents, largest first; `periodOf` gives the bar of an incident's
 * date. When the largest incidents share a bar (two of them in one year), that bar is named once
 * and the next bar holding a large incident is named instead, so up to `count` bars are named.
 */
export function barLabels(
  largest: readonly Incident[],
  periodOf: (date: string) => string,
  count = LABELLED_BARS,
): BarLabel[] {
  const labels: BarLabel[] = [];
  const named = new Set<string>();
  for (const incident of largest) {
    if (labels.length >= count) break;
    const period = periodOf(incident.date);
    if (named.has(period) || incident.amountUsd <= 0) continue;
    named.add(period);
    labels.push({ rank: labels.length + 1, period, incident });
  }
  return labels;
}

/** The bar of a date (`YYYY-MM-DD`) in each chart mode: `2025-02`, `2025-Q1`, `2025`. */
export const periodOfDate = {
  monthly: (date: string) => date.slice(0, 7),
  quarterly: (date: string) =>
    `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`,
  yearly: (date: string) => date.slice(0, 4),
} as const;
