import type { Category, Incident } from './incident';
import { isMonthKey } from './months';

export interface IncidentFilters {
  /** `YYYY-MM`, included; null = open. A value that is not a month key is ignored. */
  readonly from: string | null;
  /** `YYYY-MM`, included; null = open. A value that is not a month key is ignored. */
  readonly to: string | null;
  /** null = all; {@link DPRK} = every attribution starting with 'DPRK'; {@link UNATTRIBUTED}. */
  readonly attribution: string | null;
  /** Empty = all; several = any of them. */
  readonly categories: readonly Category[];
  /** Empty = all; several = the incident is on any of them. */
  readonly chains: readonly string[];
  /** A technique class (technique-class.ts); null = all. */
  readonly technique: string | null;
  /** Case-insensitive substring of the name, technique or attribution, trimmed; '' = all. */
  readonly search: string;
  /** On `amountUsd`, included; null = open. */
  readonly minAmount: number | null;
  readonly maxAmount: number | null;
}

/** The fields whose options the filter UI lists with counts. */
export type OptionField = 'attribution' | 'category' | 'chain' | 'technique';

export const DPRK = 'DPRK';
export const UNATTRIBUTED = 'unattributed';
/** The rows attributed plainly `DPRK`, with no cluster named (the DPRK group's other options name one). */
export const DPRK_UNNAMED = 'DPRK-unnamed';
/** Every `suspected: …` attribution: suspicion only, never counted as DPRK. */
export const SUSPECTED = 'suspected';
/** Not a filter value: the key under which option counts give the suspected DPRK rows. */
export const SUSPECTED_DPRK = 'suspected-DPRK';

/** A suspicion only: the attribution starts with `suspected:` (any case). */
export function isSuspected(attribution: string | null): boolean {
  return attribution !== null && /^\s*suspected\s*:/i.test(attribution);
}

/** A suspected attribution that names the DPRK, e.g. `suspected: DPRK (Lazarus Group)`. */
export function isSuspectedDprk(attribution: string | null): boolean {
  return isSuspected(attribution) && attribution !== null && /\bDPRK\b/.test(attribution);
}

export const EMPTY_FILTERS: IncidentFilters = Object.freeze({
  from: null,
  to: null,
  attribution: null,
  categories: Object.freeze([]),
  chains: Object.freeze([]),
  technique: null,
  search: '',
  minAmount: null,
  maxAmount: null,
});

/** Attributed to DPRK by a source: the attribution starts with 'DPRK' ('suspected: DPRK' does not). */
export function isDprk(attribution: string | null): boolean {
  return attribution !== null && attribution.startsWith(DPRK);
}

/** No attribution: null, blank, or the word 'unattributed' itself (any case). */
export function isUnattributed(attribution: string | null): boolean {
  if (attribution === null) return true;
  const trimmed = attribution.trim();
  if (trimmed === '') return true;
  return trimmed.length === UNATTRIBUTED.length && trimmed.toLowerCase() === UNATTRIBUTED;
}

/** Whether an attribution satisfies the attribution filter value `wanted`. */
export function matchesAttribution(attribution: string | null, wanted: string): boolean {
  if (wanted === DPRK) return isDprk(attribution);
  if (wanted === UNATTRIBUTED) return isUnattributed(attribution);
  if (wanted === DPRK_UNNAMED) return attribution !== null && attribution.trim() === DPRK;
  if (wanted === SUSPECTED) return isSuspected(attribution);
  return attribution === wanted;
}

/** Filters prepared once, so the per-row check allocates nothing. */
export interface CompiledFilters {
  readonly from: string | null;
  /** `to` plus the highest character: every date in `to` sorts at or below it. */
  readonly toUpper: string | null;
  readonly attribution: string | null;
  readonly categories: ReadonlySet<string> | null;
  readonly chains: ReadonlySet<string> | null;
  readonly technique: string | null;
  readonly needle: string | null;
  readonly minAmount: number | null;
  readonly maxAmount: number | null;
}

function setOrNull(values: readonly string[]): ReadonlySet<string> | null {
  return values.length === 0 ? null : new Set(values);
}

function amountOrNull(value: number | null): number | null {
  return value === null || Number.isNaN(value) ? null : value;
}

export function compileFilters(filters: IncidentFilters): CompiledFilters {
  const needle = filters.search.trim().toLowerCase();
  return {
    from: filters.from !== null && isMonthKey(filters.from) ? filters.from : null,
    toUpper: filters.to !== null && isMonthKey(filters.to) ? `${filters.to}\uffff` : null,
    attribution: filters.attribution,
    categories: setOrNull(filters.categories),
    chains: setOrNull(filters.chains),
    technique: filters.technique,
    needle: needle === '' ? null : needle,
    minAmount: amountOrNull(filters.minAmount),
    maxAmount: amountOrNull(filters.maxAmount),
  };
}

function hasAnyChain(chains: readonly string[], wanted: ReadonlySet<string>): boolean {
  for (const chain of chains) if (wanted.has(chain)) return true;
  return false;
}

/** Search reads the name, the technique and the attribution, as the source words them. */
function matchesSearch(incident: Incident, needle: string): boolean {
  if (incident.name.toLowerCase().includes(needle)) return true;
  if (incident.attribution?.toLowerCase().includes(needle)) return true;
  return incident.technique !== null && incident.technique.toLowerCase().includes(needle);
}

/** Whether `incident` passes every compiled filter, except the one on `skip` when given. */
export function matchesFilters(
  incident: Incident,
  f: CompiledFilters,
  skip: OptionField | null = null,
): boolean {
  const { date, amountUsd } = incident;
  // Dates are `YYYY-MM-DD`, so plain string order compares their months with the month keys.
  if (f.from !== null && date < f.from) return false;
  if (f.toUpper !== null && date > f.toUpper) return false;
  if (f.minAmount !== null && !(amountUsd >= f.minAmount)) return false;
  if (f.maxAmount !== null && !(amountUsd <= f.maxAmount)) return false;
  if (skip !== 'category' && f.categories !== null && !f.categories.has(incident.category)) {
    return false;
  }
  if (skip !== 'technique' && f.technique !== null && incident.techniqueClass !== f.technique) {
    return false;
  }
  if (skip !== 'chain' && f.chains !== null && !hasAnyChain(incident.chains, f.chains)) {
    return false;
  }
  if (
    skip !== 'attribution' &&
    f.attribution !== null &&
    !matchesAttribution(incident.attribution, f.attribution)
  ) {
    return false;
  }
  return f.needle === null || matchesSearch(incident, f.needle);
}

/** The incidents that pass every filter, in their original order. */
export function filterIncidents(
  incidents: readonly Incident[],
  filters: IncidentFilters,
): Incident[] {
  const compiled = compileFilters(filters);
  const kept: Incident[] = [];
  for (const incident of incidents) if (matchesFilters(incident, compiled)) kept.push(incident);
  return kept;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, at) => value === b[at]);

/** Whether two filters select the same (field by field, lists in the same order). */
export function sameFilters(a: IncidentFilters, b: IncidentFilters): boolean {
  return (
    a === b ||
    (a.from === b.from &&
      a.to === b.to &&
      a.attribution === b.attribution &&
      sameList(a.categories, b.categories) &&
      sameList(a.chains, b.chains) &&
      a.technique === b.technique &&
      a.search === b.search &&
      Object.is(a.minAmount, b.minAmount) &&
      Object.is(a.maxAmount, b.maxAmount))
  );
}
