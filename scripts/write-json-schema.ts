/**
 * Writes the JSON Schemas of what the project publishes (npm run schema:json):
 * docs/incidents-response.schema.json, what a backend must answer, and
 * docs/data-package-metadata.schema.json, the metadata.json of a "Download data" ZIP. They are
 * generated from the zod schemas the code uses, so they cannot drift from them. Refinements (a
 * real calendar day, an http(s) URL) cannot be expressed in JSON Schema and are left out;
 * docs/api.md states them. `unrepresentable` keeps its default ('throw'): a future field that
 * JSON Schema cannot describe should stop this script, not turn into `{}`.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPackageJsonSchema, incidentsResponseJsonSchema } from './lib/json-schemas';

for (const [file, schema] of [
  ['incidents-response.schema.json', incidentsResponseJsonSchema()],
  ['data-package-metadata.schema.json', dataPackageJsonSchema()],
] as const) {
  const output = fileURLToPath(new URL(`../docs/${file}`, import.meta.url));
  writeFileSync(output, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`Wrote ${relative(process.cwd(), output)}.`);
}
