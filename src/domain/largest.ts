import type { Incident } from './incident';

/** Larger amount first; on a tie the earlier date, then the smaller id, so the order is total. */
export function compareBySize(a: Incident, b: Incident): number {
  if (a.amountUsd !== b.amountUsd) return a.amountUsd > b.amountUsd ? -1 : 1;
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/**
 * Keeps `top` as the `limit` largest seen so far, in {@link compareBySize} order. It changes
 * `top` in place: a building block for one-pass aggregations over a list they own.
 */
export function insertLargest(top: Incident[], incident: Incident, limit: number): void {
  const last = top[top.length - 1];
  if (top.length >= limit && (last === undefined || compareBySize(incident, last) >= 0)) return;
  let at = top.length;
  while (at > 0) {
    const before = top[at - 1];
    if (before === undefined || compareBySize(before, incident) <= 0) break;
    at -= 1;
  }
  top.splice(at, 0, incident);
  if (top.length > limit) top.pop();
}
