// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/lib/build-dataset';
import dataset from '../../../mocks/data/incidents.json';

const SOURCE_CSV = fileURLToPath(
  new URL('../../../mocks/data/source/incidents.csv', import.meta.url),
);
const DATASET_FILE = new URL('../../../mocks/data/incidents.json', import.meta.url);

describe('the committed dataset file', () => {
  it('is exactly what `npm run data:import` builds from the committed source files', () => {
    // The import stamps the time it ran; the rest must match byte for byte.
    const { text } = buildDataset(SOURCE_CSV, { generatedAt: dataset.meta.generatedAt });
    const committed = readFileSync(DATASET_FILE, 'utf8');
    expect(
      text === committed,
      'mocks/data/incidents.json differs from the source files: run `npm run data:import`',
    ).toBe(true);
  });
});
