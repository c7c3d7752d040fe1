// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';
import { readMeta } from '../../../src/data/read-meta';
import { describeProblem } from '../../../src/features/data-quality/meta-notices';
import { formattersFor } from '../../../src/lib/format';
import { MESSAGES } from '../../../src/lib/i18n/i18n';

const ROWS = makeIncidents([
  ['a', '2025-01-15', 1e6],
  ['b', '2025-03-20', 2e6],
  ['c', '2025-08-19', 3e6],
]);

const meta = (dates: { firstDate: string | null; lastDate: string | null }) => ({
  count: ROWS.length,
  generatedAt: '2026-12-01T00:00:00Z',
  version: '2026-12-01',
  sources: [],
  publishedEstimates: [],
  ...dates,
});

const read = (dates: { firstDate: string | null; lastDate: string | null }) =>
  readMeta(meta(dates), ROWS, ROWS.length);

describe('readMeta: a valid date range narrower than the rows is widened to them', () => {
  it.each([
    [
      'a lastDate earlier than the newest row',
      { firstDate: '2025-01-15', lastDate: '2025-06-30' },
      { firstDate: '2025-01-15', lastDate: '2025-08-19' },
      [{ kind: 'narrow', field: 'lastDate', stated: '2025-06-30', derived: '2025-08-19' }],
    ],
    [
      'a firstDate later than the earliest row',
      { firstDate: '2025-02-01', lastDate: '2025-08-19' },
      { firstDate: '2025-01-15', lastDate: '2025-08-19' },
      [{ kind: 'narrow', field: 'firstDate', stated: '2025-02-01', derived: '2025-01-15' }],
    ],
    [
      'both ends inside the rows',
      { firstDate: '2025-03-01', lastDate: '2025-03-31' },
      { firstDate: '2025-01-15', lastDate: '2025-08-19' },
      [
        { kind: 'narrow', field: 'firstDate', stated: '2025-03-01', derived: '2025-01-15' },
        { kind: 'narrow', field: 'lastDate', stated: '2025-03-31', derived: '2025-08-19' },
      ],
    ],
  ])('%s', (_case, stated, expected, problems) => {
    const result = read(stated);
    expect(result.meta).toMatchObject(expected);
    expect(result.problems).toEqual(problems);
  });

  it.each([
    ['the rows’ own range', { firstDate: '2025-01-15', lastDate: '2025-08-19' }],
    // Wider is kept: skipped rows or a curated span may reach further than the valid rows.
    ['a wider range', { firstDate: '2024-12-01', lastDate: '2025-12-31' }],
  ])('keeps %s as stated, with no notice', (_case, stated) => {
    const result = read(stated);
    expect(result.meta).toMatchObject(stated);
    expect(result.problems).toEqual([]);
  });

  it('keeps the stated dates when no row is valid', () => {
    const result = readMeta(meta({ firstDate: '2025-02-01', lastDate: '2025-06-30' }), [], 2);
    expect(result.meta).toMatchObject({ firstDate: '2025-02-01', lastDate: '2025-06-30' });
    expect(result.problems.filter((problem) => problem.kind === 'narrow')).toEqual([]);
  });

  it('says so in English and in French', () => {
    const [problem] = read({ firstDate: '2025-01-15', lastDate: '2025-06-30' }).problems;
    if (!problem) throw new Error('No problem reported');
    expect(describeProblem(problem, MESSAGES.en, formattersFor('en'))).toBe(
      'meta.lastDate (2025-06-30) is earlier than the newest incident (2025-08-19); the date range was widened to the incidents.',
    );
    expect(describeProblem(problem, MESSAGES.fr, formattersFor('fr'))).toBe(
      'meta.lastDate (2025-06-30) est antérieure à l’incident le plus récent (2025-08-19) ; la période a été élargie aux incidents.',
    );
  });
});
