import { CATEGORIES, type Incident } from '../../domain/incident';
import { attributionLabel, categoryLabel } from '../../domain/describe-filters';
import {
  DPRK,
  UNATTRIBUTED,
  isUnattributed,
  type IncidentFilters,
  type OptionField,
} from '../../domain/filter';
import { countOptions } from '../../domain/option-counts';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
  /** Incidents this option has under all the other filters. */
  readonly count: number;
}

export type FilterOptions = Readonly<Record<OptionField, readonly FilterOption[]>>;

/** The distinct values of the whole dataset, computed once per dataset. */
export interface OptionValues {
  readonly attributions: readonly string[];
  readonly chains: readonly string[];
  readonly techniques: readonly string[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function collectOptionValues(incidents: readonly Incident[]): OptionValues {
  const attributions = new Set<string>();
  const chains = new Set<string>();
  const techniques = new Set<string>();
  for (const incident of incidents) {
    const { attribution } = incident;
    // Exactly "DPRK" is what the DPRK group's value already means: one option, not two.
    if (attribution?.trim() && attribution !== DPRK && !isUnattributed(attribution)) {
      attributions.add(attribution);
    }
    for (const chain of incident.chains) if (chain.trim()) chains.add(chain);
    if (incident.technique?.trim()) techniques.add(incident.technique);
  }
  const sorted = (values: Set<string>) => [...values].sort(collator.compare);
  return {
    attributions: sorted(attributions),
    chains: sorted(chains),
    techniques: sorted(techniques),
  };
}

/** Every option of every filter with its count under the other filters. */
export function buildFilterOptions(
  incidents: readonly Incident[],
  values: OptionValues,
  filters: IncidentFilters,
): FilterOptions {
  const option = (counts: Map<string, number>, value: string, label = value): FilterOption => ({
    value,
    label,
    count: counts.get(value) ?? 0,
  });
  const attribution = countOptions(incidents, filters, 'attribution');
  const category = countOptions(incidents, filters, 'category');
  const chain = countOptions(incidents, filters, 'chain');
  const technique = countOptions(incidents, filters, 'technique');
  return {
    attribution: [
      option(attribution, DPRK, attributionLabel(DPRK)),
      ...values.attributions.map((value) => option(attribution, value)),
      option(attribution, UNATTRIBUTED, attributionLabel(UNATTRIBUTED)),
    ],
    category: CATEGORIES.map((value) => option(category, value, categoryLabel(value))),
    chain: values.chains.map((value) => option(chain, value)),
    technique: values.techniques.map((value) => option(technique, value)),
  };
}
