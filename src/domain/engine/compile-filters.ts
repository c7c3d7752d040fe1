import { matchesAttribution, type IncidentFilters } from '../filter';
import { isMonthKey, monthIndex } from '../months';
import type { IncidentColumns } from './columns';

/**
 * Step 2 of a view: the filters turned into checks on the columns' numbers: a month range, the
 * amount bounds, and for each text field a table saying which of its distinct values pass (null
 * when that filter is off). A month bound that is not a month key, a NaN amount and a blank
 * search are open.
 */
export interface CompiledFilters {
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly minAmount: number | null;
  readonly maxAmount: number | null;
  readonly search: CompiledSearch | null;
  readonly categoryPasses: Uint8Array | null;
  readonly techniquePasses: Uint8Array | null;
  readonly attributionPasses: Uint8Array | null;
  readonly chainPasses: Uint8Array | null;
  /** 1 for each row left out by id (the `exclude` list); null when none is. */
  readonly excludedRows: Uint8Array | null;
}

/**
 * The search text, trimmed and in lower case, with the distinct techniques and attributions
 * that contain it worked out once: search reads the name, the technique in the source's words
 * and the attribution.
 */
export interface CompiledSearch {
  readonly needle: string;
  readonly lowerNames: readonly string[];
  readonly techniqueHits: Uint8Array;
  readonly attributionHits: Uint8Array;
}

function passes<T>(values: readonly T[], pass: (value: T) => boolean): Uint8Array {
  return Uint8Array.from(values, (value) => (pass(value) ? 1 : 0));
}

function passesOrNull(values: readonly string[], wanted: readonly string[]): Uint8Array | null {
  if (wanted.length === 0) return null;
  const set = new Set(wanted);
  return passes(values, (value) => set.has(value));
}

const amountOrNull = (value: number | null) =>
  value === null || Number.isNaN(value) ? null : value;

const lowerNamesCache = new WeakMap<IncidentColumns, readonly string[]>();

/** Every name in lower case, worked out on the first search over these columns. */
function lowerNames(columns: IncidentColumns): readonly string[] {
  let names = lowerNamesCache.get(columns);
  if (names === undefined) {
    names = columns.incidents.map((incident) => incident.name.toLowerCase());
    lowerNamesCache.set(columns, names);
  }
  return names;
}

function compileSearch(columns: IncidentColumns, text: string): CompiledSearch | null {
  const needle = text.trim().toLowerCase();
  if (needle === '') return null;
  const contains = (value: string | null) => value !== null && value.toLowerCase().includes(needle);
  return {
    needle,
    lowerNames: lowerNames(columns),
    techniqueHits: passes(columns.techniqueTexts, contains),
    attributionHits: passes(columns.attributions, contains),
  };
}

function excludedRows(columns: IncidentColumns, ids: readonly string[]): Uint8Array | null {
  if (ids.length === 0) return null;
  const wanted = new Set(ids);
  return passes(columns.incidents, (incident) => wanted.has(incident.id));
}

export function compileFilters(
  columns: IncidentColumns,
  filters: IncidentFilters,
): CompiledFilters {
  const { from, to, attribution, technique } = filters;
  return {
    fromMonth: from !== null && isMonthKey(from) ? monthIndex(from) : Number.NEGATIVE_INFINITY,
    toMonth: to !== null && isMonthKey(to) ? monthIndex(to) : Number.POSITIVE_INFINITY,
    minAmount: amountOrNull(filters.minAmount),
    maxAmount: amountOrNull(filters.maxAmount),
    search: compileSearch(columns, filters.search),
    categoryPasses: passesOrNull(columns.categories, filters.categories),
    techniquePasses:
      technique === null ? null : passes(columns.techniques, (value) => value === technique),
    attributionPasses:
      attribution === null
        ? null
        : passes(columns.attributions, (value) => matchesAttribution(value, attribution)),
    chainPasses: passesOrNull(columns.chains, filters.chains),
    excludedRows: excludedRows(columns, filters.exclude),
  };
}
