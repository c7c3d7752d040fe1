// The view and its source in words, for what goes under a chart: an exported image, a CSV's
// comment line and the embedded chart's caption and credit all read from here.
import { describeFilters } from '../../domain/describe-filters';
import type { IncidentFilters } from '../../domain/filter';
import type { DataSource } from '../../domain/incident';
import { formattersFor, type Locale } from '../format';
import { shortCitation } from './citation';
import { chipLabel } from './filter-labels';
import { MESSAGES } from './i18n';

/** The span of the data, for "All time (Jun 2011 – Aug 2026)"; null dates when unknown. */
export interface DataSpan {
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

/**
 * The active filters in words, the period last: `Attributed to DPRK · Jan 2025 – Sep 2025`.
 * With no filters: `All incidents · All time (Jun 2011 – Aug 2026)`.
 */
export function describeExportFilters(
  filters: IncidentFilters,
  span?: DataSpan,
  locale: Locale = 'en',
  names?: ReadonlyMap<string, string>,
): string {
  const t = MESSAGES[locale];
  const f = formattersFor(locale);
  const active = describeFilters(filters, names);
  const range = active.find((filter) => filter.part.kind === 'range');
  const others = active
    .filter((filter) => filter.part.kind !== 'range')
    .map((filter) => chipLabel(filter, t, f));
  const period = range ? chipLabel(range, t, f) : allTime(span, locale);
  return [...(others.length > 0 ? others : [t.exports.allIncidents]), period].join(' · ');
}

function allTime(span: DataSpan | undefined, locale: Locale): string {
  const { exports } = MESSAGES[locale];
  if (!span?.firstDate || !span.lastDate) return exports.allTime;
  const { formatMonthShort } = formattersFor(locale);
  return exports.allTimeSpan({
    from: formatMonthShort(span.firstDate),
    to: formatMonthShort(span.lastDate),
  });
}

/** `DeFiHackLabs (SunWeb3Sec/DeFiHackLabs)` as `DeFiHackLabs`: the name without its bracket. */
export function shortSourceName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim() || name.trim();
}

/** What the credit line needs of the dataset: its sources and how current it is. */
export interface SourceMeta {
  readonly sources: readonly DataSource[];
  readonly lastDate: string | null;
  readonly version: string | null;
}

/**
 * The credit line under an exported chart and atop a CSV: `Cite as: Crypto Theft Tracker
 * (dataset of 1 Dec 2026) · data: DeFiHackLabs, … · data to 19 Aug 2026, exported 2 Dec 2026`.
 * It opens with the short citation, word for word as the Cite dialog gives it (which names the
 * app and the dataset's date, so neither is said again). Without a last date (no rows) it ends
 * with `generated <export day>`.
 */
export function describeSource(
  meta: SourceMeta,
  exportedOn: string,
  locale: Locale = 'en',
): string {
  const t = MESSAGES[locale];
  const { exports } = t;
  const f = formattersFor(locale);
  const { formatDate } = f;
  const names = meta.sources.map((source) => shortSourceName(source.name)).filter((n) => n !== '');
  const data = names.length > 0 ? ` · ${exports.data({ names: names.join(', ') })}` : '';
  const currency =
    meta.lastDate === null
      ? exports.generated({ on: formatDate(exportedOn) })
      : exports.currency({ to: formatDate(meta.lastDate), on: formatDate(exportedOn) });
  const citeAs = t.imageExport.citeAs({ citation: shortCitation(meta.version, t, f) });
  return `${citeAs}${data} · ${currency}`;
}
