import type { DataPackageMetadata } from '../../data/data-package-schema';
import { describeFilters } from '../../domain/describe-filters';
import { formattersFor } from '../../lib/format';
import { buildCitation } from '../../lib/i18n/citation';
import { chipLabel } from '../../lib/i18n/filter-labels';
import { MESSAGES } from '../../lib/i18n/i18n';
import type { DataPackageInput } from './package-input';

/** One file of the package as metadata.json lists it. */
type PackageFile = DataPackageMetadata['files'][number];

/** `2026-12-02`: the UTC day of an instant. */
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * metadata.json: the view in words and as a link, its filters, the dataset's version and cut-off,
 * the row count and total, when it was downloaded, each file with its columns, and the citations.
 */
export function packageMetadata(
  input: DataPackageInput,
  files: readonly PackageFile[],
): DataPackageMetadata {
  const { scope, incidents, filters, meta, url, downloadedAt, locale, words } = input;
  const t = MESSAGES[locale];
  const f = formattersFor(locale);
  const citation = buildCitation(
    {
      view: describeFilters(filters).map((part) => chipLabel(part, t, f)),
      version: meta.version,
      lastDate: meta.lastDate,
      url,
      retrieved: isoDay(downloadedAt),
    },
    t,
    f,
  );
  return {
    title: t.dataPackage.title,
    scope,
    language: locale,
    view: {
      description: words.describeView(filters),
      url,
      filters: {
        ...filters,
        categories: [...filters.categories],
        chains: [...filters.chains],
        exclude: [...filters.exclude],
      },
    },
    dataset: {
      version: meta.version,
      firstDate: meta.firstDate,
      lastDate: meta.lastDate,
      generatedAt: meta.generatedAt,
      incidentCount: meta.count,
      sources: meta.sources.map(({ name, url: link, incidentCount }) => ({
        name,
        url: link,
        incidentCount,
      })),
    },
    rowCount: incidents.length,
    totalUsd: Math.round(incidents.reduce((sum, i) => sum + i.amountUsd, 0) * 100) / 100,
    downloadedAt: downloadedAt.toISOString(),
    files: [...files],
    citation: { short: citation.short, full: citation.full },
  };
}
