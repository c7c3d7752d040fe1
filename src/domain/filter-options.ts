import { CATEGORIES, type Category, type Incident } from './incident';
import {
  DPRK,
  DPRK_UNNAMED,
  SUSPECTED,
  SUSPECTED_DPRK,
  UNATTRIBUTED,
  isUnattributed,
  type IncidentFilters,
  type OptionField,
} from './filter';
import { incidentColumns } from './engine/columns';
import type { OptionCounts } from './engine/option-counts';
import { TECHNIQUE_CLASSES, type TechniqueClass } from './technique-class';

/**
 * What an option is, for the words on it (lib/i18n words each kind): one of the attribution
 * groups, a category or technique class (worded by their slug), or a value the data names itself
 * (an attribution, a chain), shown as it is.
 */
export type OptionName =
  | { readonly kind: 'dprk-group'; readonly excludedSuspected: number }
  | { readonly kind: 'dprk-unnamed' }
  | { readonly kind: 'suspected' }
  | { readonly kind: 'unattributed' }
  | { readonly kind: 'category'; readonly category: Category }
  | { readonly kind: 'technique-class'; readonly techniqueClass: TechniqueClass }
  | { readonly kind: 'value' };

export interface FilterOption {
  /** What the filter takes. */
  readonly value: string;
  readonly name: OptionName;
  /** Incidents this option has under all the other filters. */
  readonly count: number;
  /** Their total amount stolen (USD). */
  readonly totalUsd: number;
}

export type FilterOptions = Readonly<Record<OptionField, readonly FilterOption[]>>;

/** The distinct values of the whole dataset, computed once per dataset. */
export interface OptionValues {
  readonly attributions: readonly string[];
  readonly chains: readonly string[];
  readonly techniques: readonly TechniqueClass[];
  /** Each incident's name by id: what an excluded incident is called, and which ids exist. */
  readonly names: ReadonlyMap<string, string>;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Built from the dataset's index (its distinct values, in first-seen order), so it is cheap. */
export function collectOptionValues(incidents: readonly Incident[]): OptionValues {
  const index = incidentColumns(incidents);
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
    names: new Map(incidents.map((incident) => [incident.id, incident.name])),
  };
}

/** Every option of every filter, with what it holds under the other filters (`summarizeView`). */
export function toFilterOptions(counts: OptionCounts, values: OptionValues): FilterOptions {
  const option = (field: OptionField, value: string, name: OptionName): FilterOption => {
    const found = counts[field].get(value);
    return { value, name, count: found?.count ?? 0, totalUsd: found?.totalUsd ?? 0 };
  };
  const plain = { kind: 'value' } as const;
  return {
    attribution: [
      option('attribution', DPRK, {
        kind: 'dprk-group',
        excludedSuspected: counts.attribution.get(SUSPECTED_DPRK)?.count ?? 0,
      }),
      option('attribution', DPRK_UNNAMED, { kind: 'dprk-unnamed' }),
      ...values.attributions.map((value) => option('attribution', value, plain)),
      option('attribution', SUSPECTED, { kind: 'suspected' }),
      option('attribution', UNATTRIBUTED, { kind: 'unattributed' }),
    ],
    category: CATEGORIES.map((category) =>
      option('category', category, { kind: 'category', category }),
    ),
    chain: values.chains.map((value) => option('chain', value, plain)),
    technique: values.techniques.map((techniqueClass) =>
      option('technique', techniqueClass, { kind: 'technique-class', techniqueClass }),
    ),
  };
}

/** The values of a link's filters that no incident has (a stale or hand-edited link). */
export interface UnknownValues {
  readonly attribution: string | null;
  readonly chains: readonly string[];
  readonly technique: string | null;
  /** Ids in `exclude` that no incident has. */
  readonly exclude: readonly string[];
}

const ATTRIBUTION_GROUPS: readonly string[] = [DPRK, DPRK_UNNAMED, SUSPECTED, UNATTRIBUTED];

export function unknownValues(filters: IncidentFilters, values: OptionValues): UnknownValues {
  const { attribution, technique } = filters;
  const knownAttribution =
    attribution === null ||
    ATTRIBUTION_GROUPS.includes(attribution) ||
    values.attributions.includes(attribution);
  const knownTechnique =
    technique === null || values.techniques.some((value) => value === technique);
  return {
    attribution: knownAttribution ? null : attribution,
    chains: filters.chains.filter((chain) => !values.chains.includes(chain)),
    technique: knownTechnique ? null : technique,
    exclude: filters.exclude.filter((id) => !values.names.has(id)),
  };
}

/** Whether the link names nothing the dataset lacks. */
export function hasUnknownValues(unknown: UnknownValues): boolean {
  return (
    unknown.attribution !== null ||
    unknown.technique !== null ||
    unknown.chains.length > 0 ||
    unknown.exclude.length > 0
  );
}

/**
 * The filters without the values no incident has: those are ignored, not applied, so the
 * figures, the controls and the chips agree. The same object when nothing is dropped.
 */
export function withoutUnknownValues(
  filters: IncidentFilters,
  values: OptionValues,
): IncidentFilters {
  const unknown = unknownValues(filters, values);
  if (!hasUnknownValues(unknown)) return filters;
  return {
    ...filters,
    attribution: unknown.attribution === null ? filters.attribution : null,
    technique: unknown.technique === null ? filters.technique : null,
    chains: filters.chains.filter((chain) => !unknown.chains.includes(chain)),
    exclude: filters.exclude.filter((id) => !unknown.exclude.includes(id)),
  };
}
