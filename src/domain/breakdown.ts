import type { Incident } from './incident';
import { isUnattributed } from './filter';

export type GroupField = 'category' | 'attribution' | 'chain' | 'technique';

export interface GroupPoint {
  readonly key: string;
  readonly totalUsd: number;
  readonly count: number;
}

/** Labels for incidents with no value on a field. */
export const UNKNOWN_TECHNIQUE = 'Unknown';
export const UNATTRIBUTED_LABEL = 'Unattributed';
export const UNKNOWN_CHAIN = 'Unknown';
export const OTHER_LABEL = 'Other';

/** Running sums per group key, in a map the caller owns. */
export type GroupDrafts = Map<string, { totalUsd: number; count: number }>;

/** Adds one amount to the group `key` (changes `groups` in place). */
export function addToGroup(groups: GroupDrafts, key: string, amountUsd: number): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, { totalUsd: amountUsd, count: 1 });
  else {
    group.totalUsd += amountUsd;
    group.count += 1;
  }
}

/** Largest total first, then key in code-unit order. */
export function compareGroups(a: GroupPoint, b: GroupPoint): number {
  if (a.totalUsd !== b.totalUsd) return a.totalUsd > b.totalUsd ? -1 : 1;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return 0;
}

/** Finished groups, sorted by {@link compareGroups}. */
export function toGroupPoints(groups: GroupDrafts): GroupPoint[] {
  return [...groups]
    .map(([key, { totalUsd, count }]) => ({ key, totalUsd, count }))
    .sort(compareGroups);
}

/** The technique's group key: the technique, or {@link UNKNOWN_TECHNIQUE} when none is known. */
export function techniqueKey(technique: string | null): string {
  return technique === null || technique.trim() === '' ? UNKNOWN_TECHNIQUE : technique;
}

/** The attribution's group key: the attribution, or {@link UNATTRIBUTED_LABEL}. */
export function attributionKey(attribution: string | null): string {
  return attribution === null || isUnattributed(attribution) ? UNATTRIBUTED_LABEL : attribution;
}

function addChains(groups: GroupDrafts, incident: Incident): void {
  const { chains, amountUsd } = incident;
  let added = false;
  chains.forEach((chain, at) => {
    if (chain.trim() === '' || chains.indexOf(chain) !== at) return; // blank or repeated
    addToGroup(groups, chain, amountUsd);
    added = true;
  });
  if (!added) addToGroup(groups, UNKNOWN_CHAIN, amountUsd);
}

/**
 * Total and count per value of `key`, largest first. An incident on several chains counts in
 * each of them, so chain totals can add up to more than the overall total.
 */
export function groupIncidents(incidents: readonly Incident[], key: GroupField): GroupPoint[] {
  const groups: GroupDrafts = new Map();
  for (const incident of incidents) {
    const { amountUsd } = incident;
    if (key === 'category') addToGroup(groups, incident.category, amountUsd);
    else if (key === 'technique') addToGroup(groups, incident.techniqueClass, amountUsd);
    else if (key === 'attribution') {
      addToGroup(groups, attributionKey(incident.attribution), amountUsd);
    } else addChains(groups, incident);
  }
  return toGroupPoints(groups);
}

/** The first `n` groups plus one `otherLabel` row summing the rest (none when nothing is left). */
export function topWithOther(
  groups: readonly GroupPoint[],
  n: number,
  otherLabel = OTHER_LABEL,
): GroupPoint[] {
  const limit = n > 0 ? Math.floor(n) : 0;
  const top = groups.slice(0, limit);
  const rest = groups.slice(limit);
  if (rest.length === 0) return top;
  let totalUsd = 0;
  let count = 0;
  for (const group of rest) {
    totalUsd += group.totalUsd;
    count += group.count;
  }
  return [...top, { key: otherLabel, totalUsd, count }];
}
