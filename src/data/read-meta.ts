import type * as z from 'zod/mini';
import type { DataSource, DatasetMeta, Incident, PublishedEstimate } from '../domain/incident';
import {
  dataSourceSchema,
  hasCredentials,
  isSourceUrl,
  metaFieldSchemas,
  publishedEstimateSchema,
} from './incident-schema';

/**
 * Something wrong in `meta`, as data (the page words it). A bad description never hides a valid
 * row: what can be worked out from the rows is, and what cannot is left out, saying which and why.
 */
export type MetaProblem =
  /** `meta` is missing or not an object: the count and dates come from the rows. */
  | { readonly kind: 'missing'; readonly reason: string }
  /** One field could not be read; `derived` is what the rows give instead (null: nothing). */
  | {
      readonly kind: 'field';
      readonly field:
        | 'count'
        | 'firstDate'
        | 'lastDate'
        | 'generatedAt'
        | 'version'
        | 'sources'
        | 'publishedEstimates';
      readonly reason: string;
      readonly derived: string | number | null;
    }
  /** A source or published estimate (`index` counts from 1) left out. */
  | {
      readonly kind: 'source' | 'estimate';
      readonly index: number;
      readonly name: string | null;
      readonly field: string;
      readonly reason: string;
    }
  /** A source kept without its link: the URL is not http(s), or carries credentials. */
  | {
      readonly kind: 'source-link';
      readonly index: number;
      readonly name: string;
      /** Whether the link carries a user name or password (else it is not http(s)). */
      readonly hasCredentials: boolean;
    }
  /**
   * A valid `meta.firstDate` later than the earliest valid row, or `meta.lastDate` earlier than the
   * newest: the range is widened to the rows (`derived`).
   */
  | {
      readonly kind: 'narrow';
      readonly field: 'firstDate' | 'lastDate';
      readonly stated: string;
      readonly derived: string;
    }
  /** `meta.count` announced a number of incidents other than the rows that arrived. */
  | { readonly kind: 'count'; readonly announced: number; readonly received: number };

export interface ReadMeta {
  readonly meta: DatasetMeta;
  readonly problems: readonly MetaProblem[];
}

/**
 * Reads `meta` field by field against what arrived: `receivedCount` rows, of which `incidents` are
 * valid. The count is always the rows received (a mismatch is reported); a missing or bad date is
 * the valid rows' earliest or latest, and so is a valid one that leaves rows out of its range; a
 * bad source or estimate is dropped; `publishedEstimates:
 * null` or absent means none.
 */
export function readMeta(
  raw: unknown,
  incidents: readonly Incident[],
  receivedCount: number,
): ReadMeta {
  const problems: MetaProblem[] = [];
  const [firstDate, lastDate] = dateRange(incidents);
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  if (!isObject) {
    problems.push({
      kind: 'missing',
      reason: raw === undefined ? 'is missing' : 'must be an object',
    });
  }
  const fields: Record<string, unknown> = isObject ? { ...raw } : {};
  const field = <T>(
    key: 'count' | 'firstDate' | 'lastDate' | 'generatedAt' | 'version',
    schema: z.ZodMiniType<T>,
    derived: T,
  ): T => {
    if (!isObject) return derived;
    const parsed = schema.safeParse(fields[key]);
    if (parsed.success) return parsed.data;
    const reason = parsed.error.issues[0]?.message ?? 'is not valid';
    problems.push({ kind: 'field', field: key, reason, derived: toShown(derived) });
    return derived;
  };
  const announced = field('count', metaFieldSchemas.count, receivedCount);
  if (announced !== receivedCount) {
    problems.push({ kind: 'count', announced, received: receivedCount });
  }
  const statedFirst = field('firstDate', metaFieldSchemas.firstDate, firstDate) ?? firstDate;
  const statedLast = field('lastDate', metaFieldSchemas.lastDate, lastDate) ?? lastDate;
  const meta: DatasetMeta = {
    count: receivedCount,
    firstDate: widen('firstDate', statedFirst, firstDate, problems),
    lastDate: widen('lastDate', statedLast, lastDate, problems),
    generatedAt: field<string | null>('generatedAt', metaFieldSchemas.generatedAt, null),
    version: field<string | null>('version', metaFieldSchemas.version, null),
    sources: isObject
      ? checkLinks(readList(fields.sources, 'sources', dataSourceSchema, problems), problems)
      : [],
    publishedEstimates: isObject
      ? readList(fields.publishedEstimates, 'publishedEstimates', publishedEstimateSchema, problems)
      : [],
  };
  return { meta, problems };
}

/** The stated date, or the rows' when the stated one leaves valid rows outside the range. */
function widen(
  field: 'firstDate' | 'lastDate',
  stated: string | null,
  rows: string | null,
  problems: MetaProblem[],
): string | null {
  if (stated === null || rows === null) return stated ?? rows;
  const isNarrower = field === 'firstDate' ? rows < stated : rows > stated;
  if (!isNarrower) return stated;
  problems.push({ kind: 'narrow', field, stated, derived: rows });
  return rows;
}

function readList<T extends DataSource | PublishedEstimate>(
  raw: unknown,
  key: 'sources' | 'publishedEstimates',
  schema: z.ZodMiniType<T>,
  problems: MetaProblem[],
): readonly T[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push({ kind: 'field', field: key, reason: 'must be a list', derived: null });
    return [];
  }
  const kept: T[] = [];
  raw.forEach((entry: unknown, index) => {
    const parsed = schema.safeParse(entry);
    if (parsed.success) {
      kept.push(parsed.data);
      return;
    }
    const issue = parsed.error.issues[0];
    problems.push({
      kind: key === 'sources' ? 'source' : 'estimate',
      index: index + 1,
      name: nameOf(entry, key === 'sources' ? 'name' : 'publisher'),
      field: issue?.path.join('.') || '(entry)',
      reason: issue?.message ?? 'is not valid',
    });
  });
  return Object.freeze(kept);
}

/** Each source whose link may not be followed keeps its name, without the link, and is reported. */
function checkLinks(
  sources: readonly DataSource[],
  problems: MetaProblem[],
): readonly DataSource[] {
  return Object.freeze(
    sources.map((source, index) => {
      if (source.url === null || isSourceUrl(source.url)) return source;
      problems.push({
        kind: 'source-link',
        index: index + 1,
        name: source.name,
        hasCredentials: hasCredentials(source.url),
      });
      return { ...source, url: null };
    }),
  );
}

function nameOf(entry: unknown, key: string): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const value: unknown = Object.getOwnPropertyDescriptor(entry, key)?.value;
  return typeof value === 'string' ? value : null;
}

function dateRange(incidents: readonly Incident[]): [string | null, string | null] {
  let first: string | null = null;
  let last: string | null = null;
  for (const { date } of incidents) {
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return [first, last];
}

function toShown(value: unknown): string | number | null {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}
