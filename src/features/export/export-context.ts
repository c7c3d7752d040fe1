import type { IncidentFilters } from '../../domain/filter';
import type { DatasetMeta } from '../../domain/incident';
import type { Locale } from '../../lib/format';

/** What every export of the current view needs besides its own data. */
export interface ExportContext {
  readonly filters: IncidentFilters;
  /** The day of the export, `YYYY-MM-DD`, for the credit line ("generated 2026-11-29"). */
  readonly generatedOn: string;
  /** The dataset's meta: sources, date span, when it was built. */
  readonly meta: DatasetMeta;
  /** The reader's language: captions and credit lines are written in it (English by default). */
  readonly locale?: Locale;
  /** Incident names by id: the caption names the excluded incidents with them. */
  readonly names?: ReadonlyMap<string, string>;
}

/** `YYYY-MM-DD` of `today` in UTC, the time zone every date on the page uses. */
export function isoDay(today: Date): string {
  return today.toISOString().slice(0, 10);
}
