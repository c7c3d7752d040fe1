import * as z from 'zod/mini';
import { datasetVersionUrl, versionsIndexUrl } from './endpoint';
import { classifyTechnique } from '../domain/technique-class';
import { fetchJson, type FetchOptions } from './fetch-incidents';
import { isRealDay, ISO_DAY } from './incident-schema';
import { incidentsError } from './incidents-error';
import { parseIncidentsResponse, type IncidentsResult } from './parse-incidents';

const version = z.string().check(z.regex(ISO_DAY), z.refine(isRealDay));

/** `index.json` beside the endpoint: the released versions, oldest first, and the current one. */
const versionsIndexSchema = z
  .object({ current: version, versions: z.array(version) })
  .check(z.refine((index) => index.versions.includes(index.current), 'current is not listed'));

export interface VersionsIndex {
  /** The version the endpoint itself serves (the live view). */
  readonly current: string;
  /** Every version that can be pinned, oldest first. */
  readonly versions: readonly string[];
}

/** Reads the index of released versions; a wrong one is an IncidentsError (`shape`). */
export async function fetchVersionsIndex(
  endpoint: string,
  options: FetchOptions = {},
): Promise<VersionsIndex> {
  const url = versionsIndexUrl(endpoint);
  const parsed = versionsIndexSchema.safeParse(await fetchJson(url, options));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw incidentsError('shape', null, {
      url,
      issue: `${url}: ${path ? `${path} ` : ''}${issue?.message ?? 'is not a list of versions'}`,
    });
  }
  return { current: parsed.data.current, versions: [...parsed.data.versions].sort() };
}

/**
 * The dataset as released on `version`, served as it was released. A file from before a field
 * existed is read as the import would have written it today: the first kept (2026-11-29) has no
 * `meta.version` (it is the one asked for, so the page and its citation name it) and no
 * `techniqueClass` (classified from the row's technique, as the import does). Nothing else is
 * touched: the rows, amounts and dates are the release's.
 */
export async function fetchDatasetVersion(
  endpoint: string,
  version: string,
  options: FetchOptions = {},
): Promise<IncidentsResult> {
  const body = await fetchJson(datasetVersionUrl(endpoint, version), options);
  const result = parseIncidentsResponse(withTechniqueClasses(body));
  return result.meta.version === null ? { ...result, meta: { ...result.meta, version } } : result;
}

/** Each row without a `techniqueClass` gets the class of its technique; other rows as they are. */
function withTechniqueClasses(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('incidents' in body)) return body;
  if (!Array.isArray(body.incidents)) return body;
  const incidents: unknown[] = body.incidents.map((row: unknown) => {
    if (typeof row !== 'object' || row === null || 'techniqueClass' in row) return row;
    const technique = 'technique' in row ? row.technique : null;
    return typeof technique === 'string' || technique === null
      ? { ...row, techniqueClass: classifyTechnique(technique) }
      : row;
  });
  return { ...body, incidents };
}
