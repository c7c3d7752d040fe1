import {
  DPRK,
  DPRK_UNNAMED,
  SUSPECTED,
  SUSPECTED_DPRK,
  UNATTRIBUTED,
  isDprk,
  isSuspected,
  isSuspectedDprk,
  isUnattributed,
  type IncidentFilters,
  type OptionField,
} from './filter';
import type { Incident } from './incident';
import { indexIncidents, type IncidentIndex } from './incident-index';
import { compileIndexFilters } from './index-filters';
import { scanIndex } from './scan';
import type { OptionTallies } from './scan-sums';

/** For each option field, how many incidents each of its options would show. */
export type OptionCounts = Readonly<Record<OptionField, Map<string, number>>>;

/**
 * How many incidents each option of `field` would show under every other filter, in one pass.
 * The keys are the values to put in the filter: for attribution each exact attribution, plus
 * {@link DPRK} for the whole DPRK group, {@link DPRK_UNNAMED} for rows attributed plainly `DPRK`,
 * {@link SUSPECTED} for every suspected one ({@link SUSPECTED_DPRK}: those naming the DPRK, which
 * the DPRK group leaves out) and {@link UNATTRIBUTED} for incidents with none. Null
 * techniques and missing chains have no option, so they are not counted.
 */
export function countOptions(
  incidents: readonly Incident[],
  filters: IncidentFilters,
  field: OptionField,
): Map<string, number> {
  return countAllOptions(incidents, filters)[field];
}

/** {@link countOptions} for every option field at once, in one pass. */
export function countAllOptions(
  incidents: readonly Incident[],
  filters: IncidentFilters,
): OptionCounts {
  const index = indexIncidents(incidents);
  const scan = scanIndex(index, compileIndexFilters(index, filters), 0, true);
  return optionCountsFromTallies(index, scan.tallies);
}

/** The counts keyed by option value, from the per-value tallies of a scan. */
export function optionCountsFromTallies(
  index: IncidentIndex,
  tallies: OptionTallies | null,
): OptionCounts {
  const counts = (values: readonly (string | null)[], tally: Int32Array | undefined) => {
    const found = new Map<string, number>();
    values.forEach((value, id) => {
      const count = tally?.[id] ?? 0;
      if (value !== null && count > 0) found.set(value, count);
    });
    return found;
  };
  return {
    category: counts(index.categories, tallies?.category),
    technique: counts(index.techniques, tallies?.technique),
    chain: counts(index.chains, tallies?.chain),
    attribution: attributionCounts(index.attributions, tallies?.attribution),
  };
}

function attributionCounts(
  attributions: readonly (string | null)[],
  tally: Int32Array | undefined,
): Map<string, number> {
  const found = new Map<string, number>();
  const add = (key: string, count: number) => found.set(key, (found.get(key) ?? 0) + count);
  attributions.forEach((attribution, id) => {
    const count = tally?.[id] ?? 0;
    if (count === 0) return;
    if (attribution === null || isUnattributed(attribution)) {
      add(UNATTRIBUTED, count);
    } else {
      if (isDprk(attribution)) add(DPRK, count);
      if (attribution.trim() === DPRK) add(DPRK_UNNAMED, count);
      else add(attribution, count);
      if (isSuspected(attribution)) add(SUSPECTED, count);
      if (isSuspectedDprk(attribution)) add(SUSPECTED_DPRK, count);
    }
  });
  return found;
}
