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
  type OptionField,
} from '../filter';
import type { IncidentColumns } from './columns';
import type { OptionTallies, OptionTally } from './scan-sums';

/** What one option would show under every other filter. */
export interface OptionCount {
  readonly count: number;
  readonly totalUsd: number;
}

/**
 * For each option field, what each of its options would show under every other filter. The keys
 * are the values to put in the filter: for attribution each exact attribution, plus {@link DPRK}
 * for the whole DPRK group, {@link DPRK_UNNAMED} for rows attributed plainly `DPRK`,
 * {@link SUSPECTED} for every suspected one ({@link SUSPECTED_DPRK}: those naming the DPRK, which
 * the DPRK group leaves out) and {@link UNATTRIBUTED} for incidents with none. Missing chains have
 * no option, so they are not counted.
 */
export type OptionCounts = Readonly<Record<OptionField, ReadonlyMap<string, OptionCount>>>;

/** Step 4 of a view: the option counts keyed by option value, from the tallies of the scan. */
export function optionCountsFromTallies(
  columns: IncidentColumns,
  tallies: OptionTallies,
): OptionCounts {
  return {
    category: counts(columns.categories, tallies.category),
    technique: counts(columns.techniques, tallies.technique),
    chain: counts(columns.chains, tallies.chain),
    attribution: attributionCounts(columns.attributions, tallies.attribution),
  };
}

function counts(values: readonly (string | null)[], tally: OptionTally): Map<string, OptionCount> {
  const found = new Map<string, OptionCount>();
  values.forEach((value, id) => {
    const count = tally.count[id] ?? 0;
    if (value !== null && count > 0) found.set(value, { count, totalUsd: tally.usd[id] ?? 0 });
  });
  return found;
}

function attributionCounts(
  attributions: readonly (string | null)[],
  tally: OptionTally,
): Map<string, OptionCount> {
  const found = new Map<string, OptionCount>();
  const add = (key: string, count: number, totalUsd: number) => {
    const before = found.get(key);
    found.set(key, {
      count: (before?.count ?? 0) + count,
      totalUsd: (before?.totalUsd ?? 0) + totalUsd,
    });
  };
  attributions.forEach((attribution, id) => {
    const count = tally.count[id] ?? 0;
    if (count === 0) return;
    const usd = tally.usd[id] ?? 0;
    if (attribution === null || isUnattributed(attribution)) {
      add(UNATTRIBUTED, count, usd);
      return;
    }
    if (isDprk(attribution)) add(DPRK, count, usd);
    if (attribution.trim() === DPRK) add(DPRK_UNNAMED, count, usd);
    else add(attribution, count, usd);
    if (isSuspected(attribution)) add(SUSPECTED, count, usd);
    if (isSuspectedDprk(attribution)) add(SUSPECTED_DPRK, count, usd);
  });
  return found;
}
