import type { CsvTable } from '../../lib/csv';
import type { IncidentFilters } from '../../domain/filter';
import type { DatasetMeta, Incident } from '../../domain/incident';
import type { Locale } from '../../lib/format';

/** A chart of the view as its CSV export sees it: read when the package is built. */
export interface ChartTable {
  /** For the file name, as the chart's own export uses it: `thefts-over-time`. */
  readonly slug: string;
  readonly title: string;
  readonly table: () => CsvTable;
}

/**
 * What the package needs from the export feature, handed over by the page (one feature does not
 * import another), so its CSVs and names are those of the view's other downloads.
 */
export interface PackageWords {
  /** The credit line every CSV export of the view starts with (`# Crypto Theft Tracker · …`). */
  readonly credit: string;
  /** The filters in words, the period last: `Attributed to DPRK · Jan 2025 – Sep 2025`. */
  readonly describeView: (filters: IncidentFilters) => string;
  /** A file name that says what is inside: `thefts-over-time_2025-01_2025-09.csv`. */
  readonly fileName: (what: string, filters: IncidentFilters, extension: string) => string;
}

/** `view`: the rows of the table as filtered; `all`: every incident of the dataset. */
export type PackageScope = 'view' | 'all';

export interface DataPackageInput {
  readonly scope: PackageScope;
  /** The view's rows in the table's order, or every incident. */
  readonly incidents: readonly Incident[];
  /** The view's charts; the whole dataset's package has none (the charts show the view). */
  readonly charts: readonly ChartTable[];
  /** The view's filters, or none for the whole dataset. */
  readonly filters: IncidentFilters;
  readonly meta: DatasetMeta;
  /** The permalink of what the package holds. */
  readonly url: string;
  readonly downloadedAt: Date;
  readonly locale: Locale;
  readonly words: PackageWords;
}
