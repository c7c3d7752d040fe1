import type { Category } from './incident';

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
  /** Incident ids left out of every figure, whatever the other filters; empty = none. */
  readonly exclude: readonly string[];
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
  exclude: Object.freeze([]),
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
      Object.is(a.maxAmount, b.maxAmount) &&
      sameList(a.exclude, b.exclude))
  );
}
