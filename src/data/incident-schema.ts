import * as z from 'zod/mini';
import {
  CATEGORIES,
  type DatasetMeta,
  type Incident,
  type PublishedEstimate,
} from '../domain/incident';
import { TECHNIQUE_CLASSES } from '../domain/technique-class';

// zod/mini: the same checks as zod's classic API at a fraction of the bundle (about 6 kB gzip
// instead of over 50), which keeps the first load within its budget.

/** Largest single amount accepted: above $100B a figure is a data error, not a theft. */
export const MAX_AMOUNT_USD = 100_000_000_000;

/**
 * The message for a value of the wrong type. Zod's own ("Invalid input") tells the person reading
 * the skipped-rows report nothing; this says whether the field is missing or what it must be.
 */
function expected(message: string) {
  return (issue: z.core.$ZodRawIssue): string =>
    issue.input === undefined ? 'is missing' : message;
}

const text = () => z.string({ error: expected('must be text') });
const textOrNull = () => z.nullable(z.string({ error: expected('must be text or null') }));

/** A date written `YYYY-MM-DD` (whether that day exists is {@link isRealDay}'s question). */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An absolute http(s) URL that parses. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && URL.canParse(value);
}

const isoDay = z
  .string({ error: expected('must be a date written YYYY-MM-DD') })
  .check(
    z.regex(ISO_DAY, 'must be a date written YYYY-MM-DD'),
    z.refine(isRealDay, 'is not a real calendar date'),
  );

const usd = z
  .number({ error: expected('must be a number of US dollars') })
  .check(z.lte(MAX_AMOUNT_USD, `must not exceed $${MAX_AMOUNT_USD.toLocaleString('en-US')}`));

const httpUrl = z
  .string({ error: expected('must be an http(s) URL') })
  .check(z.refine(isHttpUrl, 'must be an http(s) URL'));

export const incidentSchema = z.object(
  {
    id: text().check(z.minLength(1, 'must not be empty')),
    date: isoDay,
    name: text().check(
      z.minLength(1, 'must not be empty'),
      z.refine((value) => value.trim() !== '', 'must not be blank'),
    ),
    amountUsd: usd.check(z.gt(0, 'must be greater than zero')),
    category: z.enum(CATEGORIES, { error: expected(`must be one of ${CATEGORIES.join(', ')}`) }),
    technique: textOrNull(),
    techniqueClass: z.enum(TECHNIQUE_CLASSES, {
      error: expected(`must be one of ${TECHNIQUE_CLASSES.join(', ')}`),
    }),
    chains: z.readonly(
      z.array(z.string({ error: 'must be a chain name (text)' }), {
        error: expected('must be a list of chain names'),
      }),
    ),
    attribution: textOrNull(),
    returnedUsd: z.nullable(usd.check(z.gte(0, 'must not be negative'))),
    sourceUrls: z.readonly(
      z
        .array(httpUrl, { error: expected('must be a list of URLs') })
        .check(z.minLength(1, 'must list at least one source')),
    ),
  },
  { error: 'is not an incident object' },
);

export const publishedEstimateSchema = z.object({
  publisher: text(),
  metric: text(),
  periodStart: z.nullable(isoDay),
  periodEnd: isoDay,
  amountUsd: usd.check(z.gt(0, 'must be greater than zero')),
  scopeNote: text(),
  published: text(),
  quote: text(),
  sourceUrl: httpUrl,
});

const count = () =>
  z.int({ error: expected('must be a whole number') }).check(z.gte(0, 'must not be negative'));

export const dataSourceSchema = z.object({
  name: text(),
  url: textOrNull(),
  incidentCount: count(),
});

export const metaSchema = z.object(
  {
    count: count(),
    firstDate: z.nullable(isoDay),
    lastDate: z.nullable(isoDay),
    generatedAt: text(),
    version: z._default(z.nullable(isoDay), null),
    sources: z.readonly(z.array(dataSourceSchema, { error: expected('must be a list') })),
    publishedEstimates: z._default(
      z.readonly(z.array(publishedEstimateSchema, { error: expected('must be a list') })),
      [],
    ),
  },
  { error: expected('must be an object') },
);

/** The whole response, strict: what a backend must produce (used for the JSON Schema and tests). */
export const incidentsResponseSchema = z.object({
  incidents: z.readonly(z.array(incidentSchema)),
  meta: metaSchema,
});

/**
 * The envelope as the client reads it: rows stay unknown here and are checked one by one, so that
 * one bad row is reported and skipped instead of failing the whole response.
 */
export const incidentsEnvelopeSchema = z.object(
  {
    incidents: z.array(z.unknown(), { error: expected('must be a list of incidents') }),
    meta: metaSchema,
  },
  { error: 'the body must be an object, not a list or a single value' },
);

// The TypeScript types are the domain's; these lines fail to compile if the schema drifts from them.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const incidentTypesMatch: Same<z.infer<typeof incidentSchema>, Incident> = true;
const estimateTypesMatch: Same<z.infer<typeof publishedEstimateSchema>, PublishedEstimate> = true;
const metaTypesMatch: Same<z.infer<typeof metaSchema>, DatasetMeta> = true;
export const schemaTypesMatch = incidentTypesMatch && estimateTypesMatch && metaTypesMatch;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a `YYYY-MM-DD` text names a day that exists (no 30 February), in the proleptic Gregorian
 * calendar. Years below 100 are refused: no incident is that old, and JavaScript dates read them
 * as 19xx.
 */
export function isRealDay(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1)) return false;
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}
