// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError, readDatasetVersion } from '../../../scripts/lib/build-dataset';
import { metaSchema } from '../../../src/data/incident-schema';
import dataset from '../../../mocks/data/incidents.json';

const SOURCE_FOLDER = fileURLToPath(new URL('../../../mocks/data/source', import.meta.url));

function folderWith(sourcesMd: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'sources-'));
  writeFileSync(join(folder, 'SOURCES.md'), sourcesMd);
  return folder;
}

describe('the dataset version', () => {
  it('is the date of the last version SOURCES.md describes, 1 December 2026 for version 2', () => {
    expect(readDatasetVersion(SOURCE_FOLDER)).toBe('2026-12-01');
    expect(dataset.meta.version).toBe('2026-12-01');
  });

  it('takes the latest of several version headings, in any order', () => {
    const folder = folderWith(
      '# Sources\n## Version 3 (2027-03-02): more\n## Version 2 (2026-12-01): fixes\n',
    );
    expect(readDatasetVersion(folder)).toBe('2027-03-02');
  });

  it('stops the import when SOURCES.md names no version', () => {
    expect(() => readDatasetVersion(folderWith('# Sources\n## Totals\n'))).toThrow(ImportError);
  });

  it('reads as null from a response that does not state one', () => {
    const meta: Record<string, unknown> = { ...dataset.meta };
    delete meta.version;
    expect(metaSchema.parse(meta).version).toBeNull();
  });

  it('must be a YYYY-MM-DD day when given', () => {
    expect(metaSchema.safeParse({ ...dataset.meta, version: 'v2' }).success).toBe(false);
  });
});
