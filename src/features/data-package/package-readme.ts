import type { DataPackageMetadata } from '../../data/data-package-schema';
import { describeFilters } from '../../domain/describe-filters';
import type { IncidentFilters } from '../../domain/filter';
import { formattersFor, type Locale } from '../../lib/format';
import { chipLabel } from '../../lib/i18n/filter-labels';
import { MESSAGES } from '../../lib/i18n/i18n';

/** A table cell of Markdown: a `|` would end the cell, a line break the row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

/**
 * README.md, written from metadata.json so the two cannot disagree: what the package holds, the
 * active filters, how to cite it, the sources and the caveats, in the reader's language.
 */
export function packageReadme(
  metadata: DataPackageMetadata,
  filters: IncidentFilters,
  locale: Locale,
): string {
  const t = MESSAGES[locale];
  const f = formattersFor(locale);
  const w = t.dataPackage;
  const { dataset } = metadata;
  const active = describeFilters(filters).map((part) => chipLabel(part, t, f));
  const date = (day: string | null) => (day === null ? null : f.formatDate(day));
  return [
    `# ${metadata.title}`,
    '',
    metadata.scope === 'all' ? w.scopeAll : w.scopeView({ view: metadata.view.description }),
    w.summary({ n: f.formatCount(metadata.rowCount), total: f.formatUsd(metadata.totalUsd) }),
    w.dataset({ version: date(dataset.version), lastDate: date(dataset.lastDate) }),
    w.downloadedOn({ on: f.formatDate(metadata.downloadedAt.slice(0, 10)) }),
    w.viewLink({ url: metadata.view.url }),
    '',
    `## ${w.insideTitle}`,
    '',
    `| ${w.fileHeader} | ${w.whatHeader} |`,
    '| --- | --- |',
    ...metadata.files.map((file) => `| \`${cell(file.path)}\` | ${cell(file.description)} |`),
    '',
    `## ${w.filtersTitle}`,
    '',
    ...(active.length > 0 ? active.map((label) => `- ${label}`) : [w.noFilters]),
    '',
    `## ${w.citeTitle}`,
    '',
    `- ${w.shortCitation} ${metadata.citation.short}`,
    `- ${w.fullCitation} ${metadata.citation.full}`,
    '',
    `## ${w.sourcesTitle}`,
    '',
    ...dataset.sources.map(
      (source) =>
        `- ${w.source({ name: source.name, url: source.url, n: f.formatCount(source.incidentCount), count: source.incidentCount })}`,
    ),
    '',
    `## ${w.caveatsTitle}`,
    '',
    ...t.about.caveatList.map((caveat) => `- ${caveat}`),
    '',
  ].join('\n');
}
