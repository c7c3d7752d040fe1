// The shape of metadata.json in a data package ("Download data"), defined once: the builder's
// type comes from it, and `npm run schema:json` writes it as docs/data-package-metadata.schema.json
// so a reader can validate a package without the app.
import * as z from 'zod/mini';

const nullableText = z.nullable(z.string());

/** One column of a CSV file in the package: its header, what it holds and in which unit. */
const columnSchema = z.object({
  name: z.string(),
  type: z.enum(['string', 'number']),
  /** `USD` for amounts of US dollars, `count` for numbers of incidents; null for text. */
  unit: z.nullable(z.enum(['USD', 'count'])),
  /** `YYYY-MM-DD`, `YYYY-MM`… for dates and periods written as text; null otherwise. */
  format: nullableText,
  description: nullableText,
});

const fileSchema = z.object({
  path: z.string(),
  description: z.string(),
  /** Data rows of a CSV file (the header and the `#` credit line not counted); null otherwise. */
  rowCount: z.nullable(z.int().check(z.gte(0))),
  columns: z.array(columnSchema),
});

export const dataPackageMetadataSchema = z.object({
  title: z.string(),
  /** `view`: the incidents of the view as filtered; `all`: the whole dataset. */
  scope: z.enum(['view', 'all']),
  language: z.enum(['en', 'fr']),
  view: z.object({
    description: z.string(),
    url: z.string(),
    filters: z.object({
      from: nullableText,
      to: nullableText,
      attribution: nullableText,
      categories: z.array(z.string()),
      chains: z.array(z.string()),
      technique: nullableText,
      search: z.string(),
      minAmount: z.nullable(z.number()),
      maxAmount: z.nullable(z.number()),
      /** The ids of incidents left out of every figure (`exclude=` in the link). */
      exclude: z.array(z.string()),
    }),
  }),
  dataset: z.object({
    /** The day the curators fixed the dataset, `YYYY-MM-DD`. */
    version: nullableText,
    firstDate: nullableText,
    /** The cut-off: the date of the newest incident. */
    lastDate: nullableText,
    generatedAt: nullableText,
    incidentCount: z.int().check(z.gte(0)),
    sources: z.array(z.object({ name: z.string(), url: nullableText, incidentCount: z.int() })),
  }),
  rowCount: z.int().check(z.gte(0)),
  totalUsd: z.number(),
  /** When the package was built, ISO 8601 UTC. */
  downloadedAt: z.iso.datetime(),
  files: z.array(fileSchema),
  citation: z.object({ short: z.string(), full: z.string() }),
});

export type DataPackageMetadata = z.infer<typeof dataPackageMetadataSchema>;
export type PackageColumn = z.infer<typeof columnSchema>;
