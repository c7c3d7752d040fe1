import * as z from 'zod/mini';
import {
  CATEGORIES,
  type DatasetMeta,
  type Incident,
  type PublishedEstimate,
} from '../domain/incident';

// zod/mini: the same checks as zod's classic API at a fraction of the bundle (about 6 kB gzip
// instead of over 50), which keeps the first load within its budget.

/** Largest single amount accepted: above $100B a figure is a data error, not a theft. */
export const MAX_AMOUNT_USD = 100_000_000_000;

const isoDay = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
    z.refine(isRealDay, 'is not a real calendar date'),
  );

const usd = z
  .number({ error: 'must be a number of US dollars' })
  .check(z.lte(MAX_AMOUNT_USD, `must not exceed $${MAX_AMOUNT_USD.toLocaleString('en-US')}`));

const httpUrl = z
  .string()
  .check(
    z.refine(
      (value) => /^https?:\/\//i.test(value) && URL.canParse(value),
      'must be an http(s) URL',
    ),
  );

export const incidentSchema = z.object({
  id: z.string().check(z.minLength(1, 'must not be empty')),
  date: isoDay,
  name: z.string().check(
    z.minLength(1, 'must not be empty'),
    z.refine((value) => value.trim() !== '', 'must not be blank'),
  ),
  amountUsd: usd.check(z.gt(0, 'must be greater than zero')),
  category: z.enum(CATEGORIES, { error: `must be one of ${CATEGORIES.join(', ')}` }),
  technique: z.nullable(z.string()),
  chains: z.readonly(z.array(z.string(), { error: 'must be a list of chain names' })),
  attribution: z.nullable(z.string()),
  returnedUsd: z.nullable(usd.check(z.gte(0, 'must not be negative'))),
  sourceUrls: z.readonly(
    z
      .array(httpUrl, { error: 'must be a list of URLs' })
      .check(z.minLength(1, 'must list at least one source')),
  ),
});

export const publishedEstimateSchema = z.object({
  publisher: z.string(),
  metric: z.string(),
  periodStart: z.nullable(isoDay),
  periodEnd: isoDay,
  amountUsd: usd.check(z.gt(0, 'must be greater than zero')),
  scopeNote: z.string(),
  published: z.string(),
  quote: z.string(),
  sourceUrl: httpUrl,
});

export const dataSourceSchema = z.object({
  name: z.string(),
  url: z.nullable(z.string()),
  incidentCount: z.int().check(z.gte(0)),
});

export const metaSchema = z.object({
  count: z.int().check(z.gte(0)),
  firstDate: z.nullable(isoDay),
  lastDate: z.nullable(isoDay),
  generatedAt: z.string(),
  sources: z.readonly(z.array(dataSourceSchema)),
  publishedEstimates: z._default(z.readonly(z.array(publishedEstimateSchema)), []),
});

/** The whole response, strict: what a backend must produce (used for the JSON Schema and tests). */
export const incidentsResponseSchema = z.object({
  incidents: z.readonly(z.array(incidentSchema)),
  meta: metaSchema,
});

/**
 * The envelope as the client reads it: rows stay unknown here and are checked one by one, so that
 * one bad row is reported and skipped instead of failing the whole response.
 */
export const incidentsEnvelopeSchema = z.object({
  incidents: z.array(z.unknown(), { error: '"incidents" must be a list' }),
  meta: metaSchema,
});

// The TypeScript types are the domain's; these lines fail to compile if the schema drifts from them.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const incidentTypesMatch: Same<z.infer<typeof incidentSchema>, Incident> = true;
const estimateTypesMatch: Same<z.infer<typeof publishedEstimateSchema>, PublishedEstimate> = true;
const metaTypesMatch: Same<z.infer<typeof metaSchema>, DatasetMeta> = true;
export const schemaTypesMatch = incidentTypesMatch && estimateTypesMatch && metaTypesMatch;

function isRealDay(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
