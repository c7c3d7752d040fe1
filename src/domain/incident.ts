import type { TechniqueClass } from './technique-class';

/** The incident categories used by the dataset, in display order. */
export const CATEGORIES = [
  'defi-protocol',
  'centralized-exchange',
  'bridge',
  'wallet',
  'gaming',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: string): value is Category {
  return CATEGORIES.some((category) => category === value);
}

/**
 * Longest id, and longest chain, attribution or technique, in UTF-16 code units (JavaScript's
 * `length`): what a link can carry (`?incident=`, `?chain=`...), so whatever the data holds can be
 * opened or filtered by link. Longer rows are skipped at the boundary.
 */
export const MAX_ID_LENGTH = 200;
export const MAX_OPTION_LENGTH = 200;

/** One theft, as the data endpoint delivers it (see docs/api.md). */
export interface Incident {
  readonly id: string;
  /** Theft date, `YYYY-MM-DD`, a UTC calendar day. */
  readonly date: string;
  readonly name: string;
  /** US dollars at the time of the theft, as the source reports it. */
  readonly amountUsd: number;
  readonly category: Category;
  /** How the theft was done, as the source words it; null when no source says. */
  readonly technique: string | null;
  /** The technique's class, derived from `technique` at import (see technique-class.ts). */
  readonly techniqueClass: TechniqueClass;
  readonly chains: readonly string[];
  /** Who a public source attributes it to; null when unattributed. */
  readonly attribution: string | null;
  /** Funds a source reports as returned; null when no source reports any. */
  readonly returnedUsd: number | null;
  readonly sourceUrls: readonly string[];
}

/** A published aggregate figure (sanctions monitors, analytics firms) to show beside ours. */
export interface PublishedEstimate {
  readonly publisher: string;
  readonly metric: string;
  /** `YYYY-MM-DD`; null where the publisher does not state when its count starts. */
  readonly periodStart: string | null;
  /** `YYYY-MM-DD` */
  readonly periodEnd: string;
  readonly amountUsd: number;
  readonly scopeNote: string;
  readonly published: string;
  readonly quote: string;
  readonly sourceUrl: string;
}

export interface DataSource {
  readonly name: string;
  readonly url: string | null;
  /** How many incidents this source supplied. */
  readonly incidentCount: number;
}

export interface DatasetMeta {
  readonly count: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** When the dataset was built; null when the endpoint's value could not be read. */
  readonly generatedAt: string | null;
  /**
   * The dataset's version: the day its curators fixed it, `YYYY-MM-DD` (e.g. `2026-12-01`), which
   * is later than `lastDate` when no newer incident could be sourced. Null when not stated.
   */
  readonly version: string | null;
  readonly sources: readonly DataSource[];
  readonly publishedEstimates: readonly PublishedEstimate[];
}
