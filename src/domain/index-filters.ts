import { compileFilters, matchesAttribution, type IncidentFilters } from './filter';
import type { IncidentIndex } from './incident-index';
import { isMonthKey, monthIndex } from './months';

/**
 * Filters turned into checks on an {@link IncidentIndex}'s numbers: a month range, and for each
 * text field a table saying which of its distinct values pass (null when that filter is off).
 * They select exactly the rows that `matchesFilters` accepts.
 */
export interface IndexFilters {
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly minAmount: number | null;
  readonly maxAmount: number | null;
  readonly search: IndexSearch | null;
  readonly categoryPasses: Uint8Array | null;
  readonly techniquePasses: Uint8Array | null;
  readonly attributionPasses: Uint8Array | null;
  readonly chainPasses: Uint8Array | null;
}

/** The search text, with the techniques that contain it worked out once. */
export interface IndexSearch {
  readonly needle: string;
  readonly lowerNames: readonly string[];
  readonly techniqueHits: Uint8Array;
  readonly attributionHits: Uint8Array;
}

function passes<T>(values: readonly T[], pass: (value: T) => boolean): Uint8Array {
  return Uint8Array.from(values, (value) => (pass(value) ? 1 : 0));
}

const lowerNamesCache = new WeakMap<IncidentIndex, readonly string[]>();

/** Every name in lower case, worked out on the first search over this index. */
function lowerNames(index: IncidentIndex): readonly string[] {
  let names = lowerNamesCache.get(index);
  if (names === undefined) {
    names = index.incidents.map((incident) => incident.name.toLowerCase());
    lowerNamesCache.set(index, names);
  }
  return names;
}

export function compileIndexFilters(index: IncidentIndex, filters: IncidentFilters): IndexFilters {
  const f = compileFilters(filters);
  const { to } = filters;
  const { categories, technique, attribution, chains, needle } = f;
  return {
    fromMonth: f.from === null ? Number.NEGATIVE_INFINITY : monthIndex(f.from),
    toMonth: to !== null && isMonthKey(to) ? monthIndex(to) : Number.POSITIVE_INFINITY,
    minAmount: f.minAmount,
    maxAmount: f.maxAmount,
    search:
      needle === null
        ? null
        : {
            needle,
            lowerNames: lowerNames(index),
            techniqueHits: passes(
              index.techniqueTexts,
              (value) => value !== null && value.toLowerCase().includes(needle),
            ),
            attributionHits: passes(
              index.attributions,
              (value) => value !== null && value.toLowerCase().includes(needle),
            ),
          },
    categoryPasses: categories && passes(index.categories, (value) => categories.has(value)),
    techniquePasses: technique === null ? null : passes(index.techniques, (v) => v === technique),
    attributionPasses:
      attribution === null
        ? null
        : passes(index.attributions, (value) => matchesAttribution(value, attribution)),
    chainPasses: chains && passes(index.chains, (value) => chains.has(value)),
  };
}
