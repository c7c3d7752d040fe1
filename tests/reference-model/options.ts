// The reference model of the option counts: for each field, filter by every other filter, then
// count each incident towards the option keys it belongs to, written out plainly.
import {
  DPRK,
  DPRK_UNNAMED,
  SUSPECTED,
  SUSPECTED_DPRK,
  UNATTRIBUTED,
  isDprk,
  isUnattributed,
  type IncidentFilters,
  type OptionField,
} from '../../src/domain/filter';
import type { OptionCount, OptionCounts } from '../../src/domain/engine/option-counts';
import type { Incident } from '../../src/domain/incident';
import { filterIncidents } from './filter';

/** The filters without the one on `field`: what that field's option counts are taken under. */
const WITHOUT: Record<OptionField, Partial<IncidentFilters>> = {
  attribution: { attribution: null },
  category: { categories: [] },
  chain: { chains: [] },
  technique: { technique: null },
};

/** The option keys an incident counts towards. */
function optionKeys(incident: Incident, field: OptionField): string[] {
  if (field === 'category') return [incident.category];
  if (field === 'technique') return [incident.techniqueClass];
  if (field === 'chain') return [...new Set(incident.chains)];
  const { attribution } = incident;
  if (attribution === null || isUnattributed(attribution)) return [UNATTRIBUTED];
  const trimmed = attribution.trim();
  const suspected = trimmed.toLowerCase().startsWith('suspected:');
  return [
    ...(isDprk(attribution) ? [DPRK] : []),
    trimmed === DPRK ? DPRK_UNNAMED : attribution,
    ...(suspected ? [SUSPECTED] : []),
    ...(suspected && attribution.includes('DPRK') ? [SUSPECTED_DPRK] : []),
  ];
}

/** What each option of `field` holds under every other filter (options holding none left out). */
export function countOptions(
  incidents: readonly Incident[],
  filters: IncidentFilters,
  field: OptionField,
): Map<string, OptionCount> {
  const counts = new Map<string, OptionCount>();
  for (const incident of filterIncidents(incidents, { ...filters, ...WITHOUT[field] })) {
    for (const key of optionKeys(incident, field)) {
      const before = counts.get(key) ?? { count: 0, totalUsd: 0 };
      counts.set(key, {
        count: before.count + 1,
        totalUsd: before.totalUsd + incident.amountUsd,
      });
    }
  }
  return counts;
}

/** {@link countOptions} for every field. */
export function countAllOptions(
  incidents: readonly Incident[],
  filters: IncidentFilters,
): OptionCounts {
  return {
    attribution: countOptions(incidents, filters, 'attribution'),
    category: countOptions(incidents, filters, 'category'),
    chain: countOptions(incidents, filters, 'chain'),
    technique: countOptions(incidents, filters, 'technique'),
  };
}
