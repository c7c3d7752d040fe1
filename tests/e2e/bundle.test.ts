import { expect, it } from 'vitest';
import { measureBundle } from '../../scripts/bundle-size.mjs';

const FIRST_LOAD_BUDGET_KB = 200;

it(`loads at most ${FIRST_LOAD_BUDGET_KB} kB of gzipped JavaScript on first view`, () => {
  const { firstLoadGzipKb } = measureBundle('dist');
  expect(firstLoadGzipKb).toBeGreaterThan(0);
  expect(firstLoadGzipKb).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
});

it('ships no msw code in the production build', () => {
  const { chunks } = measureBundle('dist');
  expect(chunks.filter((chunk) => chunk.mentionsMsw).map((chunk) => chunk.file)).toEqual([]);
});
