export interface GroupPoint {
  readonly key: string;
  readonly totalUsd: number;
  readonly count: number;
}

/**
 * The key of the row that sums the groups left out of a breakdown (lib/i18n words it "Other").
 * No category or technique class is written this way, so it never names a real group.
 */
export const REST_KEY = '(rest)';

/** Running sums per group key, in a map the caller owns. */
export type GroupDrafts = Map<string, { totalUsd: number; count: number }>;

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

/** The first `n` groups plus one {@link REST_KEY} row summing the rest (none when none is left). */
export function topWithOther(groups: readonly GroupPoint[], n: number): GroupPoint[] {
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
  return [...top, { key: REST_KEY, totalUsd, count }];
}
