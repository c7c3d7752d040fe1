import * as z from 'zod/mini';
import {
  CATEGORIES,
  MAX_ID_LENGTH,
  MAX_OPTION_LENGTH,
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

/** A UTF-16 surrogate without its pair: not a character, and no URL or file can carry it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a text is well-formed Unicode (no lone surrogate), as `String#isWellFormed` says. */
export function isWellFormed(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

const WELL_FORMED = 'must be well-formed Unicode (it holds a lone surrogate, half of a character)';
const wellFormed = () => z.refine<string>(isWellFormed, WELL_FORMED);
/** Only spaces and characters that draw nothing (zero-width space, joiners, BOM, bidi marks). */
const BLANK = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/** Whether a text shows nothing: empty, spaces, or only invisible characters such as U+200B. */
export function isBlank(value: string): boolean {
  return BLANK.test(value);
}

const notBlank = () =>
  z.refine<string>((value) => !isBlank(value), 'must not be blank (nothing visible in it)');

/**
 * An id or an option value (chain, attribution, technique): not blank, well-formed and at most
 * `max` characters, so that a link can carry it. The fast row check uses this one function.
 */
export function isLinkableValue(value: string, max: number): boolean {
  return value.length <= max && !isBlank(value) && isWellFormed(value);
}

const text = () => z.string({ error: expected('must be text') }).check(wellFormed());
const textOrNull = () =>
  z.nullable(z.string({ error: expected('must be text or null') }).check(wellFormed()));
const optionOrNull = () =>
  z.nullable(
    z
      .string({ error: expected('must be text or null') })
      .check(
        notBlank(),
        wellFormed(),
        z.maxLength(MAX_OPTION_LENGTH, `must be at most ${MAX_OPTION_LENGTH} characters`),
      ),
  );

/** A date written `YYYY-MM-DD` (whether that day exists is {@link isRealDay}'s question). */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An absolute http(s) URL that parses. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && URL.canParse(value);
}

/** Whether a URL carries a user name or password (`https://user:pass@host`): never linked. */
export function hasCredentials(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.username !== '' || url.password !== '';
}

/** A source link the client accepts: http(s), parses, and carries no credentials. */
export function isSourceUrl(value: string): boolean {
  return isHttpUrl(value) && !hasCredentials(value);
}

/** Whether the amount returned fits within the amount stolen (or none is reported). */
export function isReturnedWithinAmount(row: {
  readonly amountUsd: number;
  readonly returnedUsd: number | null;
}): boolean {
  return row.returnedUsd === null || row.returnedUsd <= row.amountUsd;
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

const httpUrl = z.string({ error: expected('must be an http(s) URL') }).check(
  z.refine(isHttpUrl, 'must be an http(s) URL'),
  wellFormed(),
  z.refine(
    (value) => !hasCredentials(value),
    'must not carry a user name or password (user:pass@): such a link is refused',
  ),
);

export const incidentSchema = z
  .object(
    {
      id: text().check(
        z.minLength(1, 'must not be empty'),
        notBlank(),
        z.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`),
      ),
      date: isoDay,
      name: text().check(z.minLength(1, 'must not be empty'), notBlank()),
      amountUsd: usd.check(z.gt(0, 'must be greater than zero')),
      category: z.enum(CATEGORIES, { error: expected(`must be one of ${CATEGORIES.join(', ')}`) }),
      technique: optionOrNull(),
      techniqueClass: z.enum(TECHNIQUE_CLASSES, {
        error: expected(`must be one of ${TECHNIQUE_CLASSES.join(', ')}`),
      }),
      chains: z.readonly(
        z.array(
          z
            .string({ error: 'must be a chain name (text)' })
            .check(
              notBlank(),
              wellFormed(),
              z.maxLength(MAX_OPTION_LENGTH, `must be at most ${MAX_OPTION_LENGTH} characters`),
            ),
          { error: expected('must be a list of chain names') },
        ),
      ),
      attribution: optionOrNull(),
      returnedUsd: z.nullable(usd.check(z.gte(0, 'must not be negative'))),
      sourceUrls: z.readonly(
        z
          .array(httpUrl, { error: expected('must be a list of URLs') })
          .check(z.minLength(1, 'must list at least one source')),
      ),
    },
    { error: 'is not an incident object' },
  )
  // Checked once every field is right: more given back than was stolen is a data error.
  .check(
    z.refine(isReturnedWithinAmount, {
      message: 'must not exceed amountUsd (more returned than stolen)',
      path: ['returnedUsd'],
    }),
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

/** Each field of `meta` on its own, for the reader that keeps what is right (read-meta.ts). */
export const metaFieldSchemas = {
  count: count(),
  firstDate: z.nullable(isoDay),
  lastDate: z.nullable(isoDay),
  generatedAt: text(),
  version: z._default(z.nullable(isoDay), null),
};

export const dataSourceSchema = z.object({
  name: text(),
  url: textOrNull(),
  incidentCount: count(),
});

export const metaSchema = z.object(
  {
    ...metaFieldSchemas,
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
 * one bad row is reported and skipped instead of failing the whole response; `meta` is read field
 * by field (read-meta.ts), so a bad description never hides valid rows.
 */
export const incidentsEnvelopeSchema = z.object(
  {
    incidents: z.array(z.unknown(), { error: expected('must be a list of incidents') }),
    meta: z.optional(z.unknown()),
  },
  { error: 'the body must be an object, not a list or a single value' },
);

// The TypeScript types are the domain's; these lines fail to compile if the schema drifts from them.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const incidentTypesMatch: Same<z.infer<typeof incidentSchema>, Incident> = true;
const estimateTypesMatch: Same<z.infer<typeof publishedEstimateSchema>, PublishedEstimate> = true;
// A backend must send generatedAt; the client keeps null when what it sent cannot be read.
type SentMeta = Omit<DatasetMeta, 'generatedAt'> & { readonly generatedAt: string };
const metaTypesMatch: Same<z.infer<typeof metaSchema>, SentMeta> = true;
/** A compile-time check that the schemas and the domain types agree. @public */
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
