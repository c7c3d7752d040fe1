import { CATEGORIES, type Incident } from '../../domain/incident';
import { attributionLabel, categoryLabel } from '../../domain/describe-filters';
import {
  DPRK,
  DPRK_UNNAMED,
  SUSPECTED,
  SUSPECTED_DPRK,
  UNATTRIBUTED,
  isUnattributed,
  type IncidentFilters,
  type OptionField,
} from '../../domain/filter';
import { indexIncidents } from '../../domain/incident-index';
import { countAllOptions, type OptionCounts } from '../../domain/option-counts';
import { TECHNIQUE_CLASSES } from '../../domain/technique-class';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
  /** Incidents this option has under all the other filters. */
  readonly count: number;
  /** The DPRK group only: suspected DPRK rows it leaves out, under the other filters. */
  readonly excludedSuspected?: number;
}

export type FilterOptions = Readonly<Record<OptionField, readonly FilterOption[]>>;

/** The distinct values of the whole dataset, computed once per dataset. */
export interface OptionValues {
  readonly attributions: readonly string[];
  readonly chains: readonly string[];
  readonly techniques: readonly string[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Built from the dataset's index (its distinct values, in first-seen order), so it is cheap. */
export function collectOptionValues(incidents: readonly Incident[]): OptionValues {
  const index = indexIncidents(incidents);
  // Exactly "DPRK" is what the DPRK group's value already means: one option, not two.
  const attributions = index.attributions.filter(
    (value): value is string => !!value?.trim() && value !== DPRK && !isUnattributed(value),
  );
  const chains = index.chains.filter((value) => value.trim() !== '');
  // Technique classes in their documented order (the most common ways in first), not by name.
  const techniques = TECHNIQUE_CLASSES.filter((value) => index.techniques.includes(value));
  const sorted = (values: string[]) => values.sort(collator.compare);
  return {
    attributions: sorted(attributions),
    chains: sorted(chains),
    techniques,
  };
}

/** Every option of every filter with its count under the other filters. */
export function buildFilterOptions(
  incidents: readonly Incident[],
  values: OptionValues,
  filters: IncidentFilters,
): FilterOptions {
  return toFilterOptions(countAllOptions(incidents, filters), values);
}

/** The options with counts from {@link countAllOptions} (or `summarizeWithOptions`). */
export function toFilterOptions(counts: OptionCounts, values: OptionValues): FilterOptions {
  const option = (field: OptionField, value: string, label = value): FilterOption => ({
    value,
    label,
    count: counts[field].get(value) ?? 0,
  });
  return {
    attribution: [
      {
        ...option('attribution', DPRK, attributionLabel(DPRK)),
        excludedSuspected: counts.attribution.get(SUSPECTED_DPRK) ?? 0,
      },
      option('attribution', DPRK_UNNAMED, attributionLabel(DPRK_UNNAMED)),
      ...values.attributions.map((value) => option('attribution', value)),
      option('attribution', SUSPECTED, attributionLabel(SUSPECTED)),
      option('attribution', UNATTRIBUTED, attributionLabel(UNATTRIBUTED)),
    ],
    category: CATEGORIES.map((value) => option('category', value, categoryLabel(value))),
    chain: values.chains.map((value) => option('chain', value)),
    technique: values.techniques.map((value) => option('technique', value)),
  };
}

/**
 * The filters without the values no incident has (a stale or hand-edited link): those are
 * ignored, not applied, so the figures, the controls and the chips agree. The same object when
 * nothing is dropped.
 */
export function withoutUnknownValues(
  filters: IncidentFilters,
  values: OptionValues,
): IncidentFilters {
  const { attribution, technique } = filters;
  const knownAttribution =
    attribution === null ||
    attribution === DPRK ||
    attribution === UNATTRIBUTED ||
    attribution === DPRK_UNNAMED ||
    attribution === SUSPECTED ||
    attribution === SUSPECTED_DPRK ||
    values.attributions.includes(attribution);
  const knownTechnique = technique === null || values.techniques.includes(technique);
  const chains = filters.chains.filter((chain) => values.chains.includes(chain));
  if (knownAttribution && knownTechnique && chains.length === filters.chains.length) return filters;
  return {
    ...filters,
    attribution: knownAttribution ? attribution : null,
    technique: knownTechnique ? technique : null,
    chains,
  };
}
