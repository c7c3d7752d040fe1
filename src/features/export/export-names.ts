import { DPRK, UNATTRIBUTED, type IncidentFilters } from '../../domain/filter';

/** Longest file name before the extension; longer filter parts are cut. */
export const MAX_BASE_NAME = 100;

/** `Lazarus Group (TraderTraitor)` as `lazarus-group-tradertraitor`: only `[a-z0-9-]`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function rangePart({ from, to }: IncidentFilters): string {
  if (from !== null && to !== null) return `${from}_${to}`;
  if (from !== null) return `from-${from}`;
  if (to !== null) return `until-${to}`;
  return 'all-time';
}

function attributionPart(attribution: string | null): string | null {
  if (attribution === null) return null;
  if (attribution === DPRK) return 'dprk';
  if (attribution === UNATTRIBUTED) return 'unattributed';
  return `attribution-${slugify(attribution) || 'other'}`;
}

function listPart(name: string, values: readonly string[]): string | null {
  const slugs = values.map(slugify).filter((slug) => slug !== '');
  return slugs.length > 0 ? `${name}-${slugs.join('-')}` : null;
}

function valuePart(name: string, value: string | number | null): string | null {
  if (value === null) return null;
  const slug = slugify(String(value));
  return slug === '' ? null : `${name}-${slug}`;
}

/**
 * A file name that says what is inside: `<what>_<from>_<to>_<filters>.<ext>`, e.g.
 * `thefts-over-time_2025-01_2025-09_dprk.png` or `incidents_all-time.csv`. Only `[a-z0-9-_.]`;
 * the filter part is cut so the name stays under {@link MAX_BASE_NAME} characters.
 */
export function exportFileName(what: string, filters: IncidentFilters, extension: string): string {
  const parts = [
    slugify(what) || 'export',
    rangePart(filters),
    attributionPart(filters.attribution),
    listPart('category', filters.categories),
    listPart('chain', filters.chains),
    valuePart('technique', filters.technique),
    valuePart('search', filters.search.trim() || null),
    valuePart('min', filters.minAmount),
    valuePart('max', filters.maxAmount),
    listPart('excluding', filters.exclude),
  ].filter((part): part is string => part !== null);
  let base = parts.join('_');
  if (base.length > MAX_BASE_NAME) base = base.slice(0, MAX_BASE_NAME).replace(/[-_]+$/, '');
  return `${base}.${slugify(extension) || 'txt'}`;
}
