// @vitest-environment node
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_DIR, publishedDataFiles } from '../../../scripts/lib/published-data';
import dataset from '../../../mocks/data/incidents.json';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('the whole dataset at stable URLs (public/data → /data/…)', () => {
  const files = publishedDataFiles(read('mocks/data/incidents.json'), 'mocks/data/source');

  it.each(Object.keys(files))('%s is what `npm run data:import` writes', (name) => {
    expect(
      read(`${PUBLISHED_DIR}/${name}`) === files[name],
      `${PUBLISHED_DIR}/${name} is stale: run \`npm run data:import\``,
    ).toBe(true);
  });

  it('publishes every incident in the CSV, with the same total as the JSON', () => {
    const parsed = Papa.parse<Record<string, string>>(
      (files['incidents.csv'] ?? '').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(dataset.incidents.length);
    const cents = (amounts: number[]) => amounts.reduce((s, a) => s + Math.round(a * 100), 0);
    expect(cents(parsed.data.map((row) => Number(row.amount_usd)))).toBe(
      cents(dataset.incidents.map((incident) => incident.amountUsd)),
    );
    expect(files['README.md']).toContain(`Dataset of ${dataset.meta.version}`);
    expect(files['README.md']).toContain('=IMPORTDATA(');
  });
});
