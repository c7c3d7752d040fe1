import type { Incident } from './incident';
import {
  DPRK,
  UNATTRIBUTED,
  compileFilters,
  isDprk,
  isUnattributed,
  matchesFilters,
  type IncidentFilters,
  type OptionField,
} from './filter';

/**
 * How many incidents each option of `field` would show under every other filter, in one pass.
 * The keys are the values to put in the filter: for attribution each exact attribution, plus
 * {@link DPRK} for the whole DPRK group and {@link UNATTRIBUTED} for incidents with none. Null
 * techniques and missing chains have no option, so they are not counted.
 */
export function countOptions(
  incidents: readonly Incident[],
  filters: IncidentFilters,
  field: OptionField,
): Map<string, number> {
  const compiled = compileFilters(filters);
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const incident of incidents) {
    if (!matchesFilters(incident, compiled, field)) continue;
    switch (field) {
      case 'category':
        add(incident.category);
        break;
      case 'technique':
        if (incident.technique !== null) add(incident.technique);
        break;
      case 'chain':
        incident.chains.forEach((chain, at) => {
          if (incident.chains.indexOf(chain) === at) add(chain); // a repeated chain counts once
        });
        break;
      case 'attribution': {
        const { attribution } = incident;
        if (attribution === null || isUnattributed(attribution)) {
          add(UNATTRIBUTED);
        } else {
          if (isDprk(attribution)) add(DPRK);
          if (attribution !== DPRK) add(attribution);
        }
        break;
      }
    }
  }
  return counts;
}
