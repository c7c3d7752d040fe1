// The reference model of the breakdowns: total and count per category or technique class.
import { compareGroups, type GroupPoint } from '../../src/domain/breakdown';
import type { Incident } from '../../src/domain/incident';

/** The fields the dashboard breaks the figures down by. */
export type GroupField = 'category' | 'technique';

/** Total and count per value of `field`, largest first (then by key). */
export function groupIncidents(incidents: readonly Incident[], field: GroupField): GroupPoint[] {
  const groups = new Map<string, GroupPoint>();
  for (const incident of incidents) {
    const key = field === 'category' ? incident.category : incident.techniqueClass;
    const group = groups.get(key) ?? { key, totalUsd: 0, count: 0 };
    groups.set(key, {
      key,
      totalUsd: group.totalUsd + incident.amountUsd,
      count: group.count + 1,
    });
  }
  return [...groups.values()].sort(compareGroups);
}
