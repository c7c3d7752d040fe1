import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { dataPackageJsonSchema } from '../../../scripts/lib/json-schemas';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import { buildDataPackage } from '../../../src/features/data-package/build-data-package';

const SCHEMA_FILE = 'docs/data-package-metadata.schema.json';
const committed: Record<string, unknown> = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));

function metadataOf(locale: 'en' | 'fr'): Record<string, unknown> {
  const { files } = buildDataPackage({
    scope: 'view',
    incidents: [makeIncident({ id: 'x', amountUsd: 12.5 })],
    charts: [],
    filters: { ...EMPTY_FILTERS, categories: ['bridge'], minAmount: 10 },
    meta: {
      count: 1,
      firstDate: '2025-01-15',
      lastDate: '2025-01-15',
      generatedAt: null,
      version: null,
      sources: [],
      publishedEstimates: [],
    },
    url: 'https://tracker.example/?category=bridge&min=10',
    downloadedAt: new Date('2025-02-01T00:00:00Z'),
    locale,
    words: { credit: 'credit', describeView: () => 'view', fileName: (what) => `${what}.zip` },
  });
  const metadata: Record<string, unknown> = JSON.parse(files['metadata.json'] ?? '{}');
  return metadata;
}

describe(SCHEMA_FILE, () => {
  it('is the one npm run schema:json writes from the zod schema (run it after a change)', () => {
    expect(committed).toEqual(dataPackageJsonSchema());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(committed);

  it.each(['en', 'fr'] as const)('accepts the metadata.json of a package in %s', (locale) => {
    const valid = validate(metadataOf(locale));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a metadata.json without its row count or with an unknown unit', () => {
    const withoutCount = metadataOf('en');
    delete withoutCount.rowCount;
    expect(validate(withoutCount)).toBe(false);
    const files = [
      {
        path: 'a.csv',
        description: '',
        rowCount: 1,
        columns: [{ name: 'x', type: 'number', unit: 'EUR', format: null, description: null }],
      },
    ];
    expect(validate({ ...metadataOf('en'), files })).toBe(false);
  });
});
