// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { parseIncidentsResponse } from '../../../src/data/parse-incidents';
import type { MetaProblem } from '../../../src/data/read-meta';
import type { DatasetMeta } from '../../../src/domain/incident';

const good = incidentsResponse(SMALL_ROWS).meta;
const estimate = {
  publisher: 'Chainalysis',
  metric: 'total stolen',
  periodStart: '2025-01-01',
  periodEnd: '2025-06-30',
  amountUsd: 2_170_000_000,
  scopeNote: 'hacks only',
  published: '2025-07-17',
  quote: '$2.17B stolen',
  sourceUrl: 'https://example.org/report',
};

/** The response with `meta` replaced (or a field of it). */
const withMeta = (meta: unknown) => ({ incidents: SMALL_ROWS, meta });

describe('a bad meta never hides valid rows', () => {
  it.each<[string, unknown, Partial<DatasetMeta>, MetaProblem[]]>([
    [
      'an impossible firstDate',
      { ...good, firstDate: '2025-02-30' },
      { firstDate: '2025-01-15', lastDate: '2025-03-20' },
      [
        {
          kind: 'field',
          field: 'firstDate',
          reason: 'is not a real calendar date',
          derived: '2025-01-15',
        },
      ],
    ],
    [
      'a lastDate that is a number',
      { ...good, lastDate: 20250320 },
      { lastDate: '2025-03-20' },
      [
        {
          kind: 'field',
          field: 'lastDate',
          reason: 'must be a date written YYYY-MM-DD',
          derived: '2025-03-20',
        },
      ],
    ],
    [
      'null dates although rows arrived',
      { ...good, firstDate: null, lastDate: null },
      { firstDate: '2025-01-15', lastDate: '2025-03-20' },
      [],
    ],
    [
      'publishedEstimates: null',
      { ...good, publishedEstimates: null },
      { publishedEstimates: [] },
      [],
    ],
    [
      'a count that is text',
      { ...good, count: 'many' },
      { count: 3 },
      [{ kind: 'field', field: 'count', reason: 'must be a whole number', derived: 3 }],
    ],
    [
      'a count other than the rows that arrived',
      { ...good, count: 999 },
      { count: 3 },
      [{ kind: 'count', announced: 999, received: 3 }],
    ],
    [
      'a generatedAt that is not text',
      { ...good, generatedAt: { when: 'now' } },
      { generatedAt: null },
      [{ kind: 'field', field: 'generatedAt', reason: 'must be text', derived: null }],
    ],
    [
      'sources that are not a list',
      { ...good, sources: 'many' },
      { sources: [] },
      [{ kind: 'field', field: 'sources', reason: 'must be a list', derived: null }],
    ],
    [
      'a source with a negative count',
      {
        ...good,
        sources: [...good.sources, { name: 'Bad source', url: null, incidentCount: -1 }],
      },
      { sources: good.sources },
      [
        {
          kind: 'source',
          index: 2,
          name: 'Bad source',
          field: 'incidentCount',
          reason: 'must not be negative',
        },
      ],
    ],
    [
      'a source whose link carries credentials',
      {
        ...good,
        sources: [{ name: 'Leaky', url: 'https://user:pass@example.org/', incidentCount: 3 }],
      },
      { sources: [{ name: 'Leaky', url: null, incidentCount: 3 }] },
      [{ kind: 'source-link', index: 1, name: 'Leaky', hasCredentials: true }],
    ],
    [
      'a source whose link is javascript:',
      { ...good, sources: [{ name: 'Script', url: 'javascript:alert(1)', incidentCount: 3 }] },
      { sources: [{ name: 'Script', url: null, incidentCount: 3 }] },
      [{ kind: 'source-link', index: 1, name: 'Script', hasCredentials: false }],
    ],
    [
      'an estimate with a non-http sourceUrl',
      {
        ...good,
        publishedEstimates: [estimate, { ...estimate, sourceUrl: 'javascript:alert(1)' }],
      },
      { publishedEstimates: [estimate] },
      [
        {
          kind: 'estimate',
          index: 2,
          name: 'Chainalysis',
          field: 'sourceUrl',
          reason: 'must be an http(s) URL',
        },
      ],
    ],
    [
      'an estimate that is not an object',
      { ...good, publishedEstimates: [42] },
      { publishedEstimates: [] },
      [{ kind: 'estimate', index: 1, name: null, field: '(entry)', reason: expect.any(String) }],
    ],
  ])(
    'shows every valid row when meta has %s, and says what was done',
    (_what, meta, expected, problems) => {
      const result = parseIncidentsResponse(withMeta(meta));
      expect(result.incidents).toEqual(SMALL_ROWS);
      expect(result.meta).toMatchObject(expected);
      expect(result.metaProblems).toEqual(problems);
    },
  );

  it.each<[string, unknown, string]>([
    ['no meta at all', undefined, 'is missing'],
    ['a meta that is a list', [], 'must be an object'],
    ['a meta that is text', 'v1', 'must be an object'],
  ])('works the description out from the rows when there is %s', (_what, meta, reason) => {
    const result = parseIncidentsResponse(withMeta(meta));
    expect(result.incidents).toEqual(SMALL_ROWS);
    expect(result.meta).toEqual({
      count: 3,
      firstDate: '2025-01-15',
      lastDate: '2025-03-20',
      generatedAt: null,
      version: null,
      sources: [],
      publishedEstimates: [],
    });
    expect(result.metaProblems).toEqual([{ kind: 'missing', reason }]);
  });

  it('reports nothing for a right meta', () => {
    expect(parseIncidentsResponse(incidentsResponse(SMALL_ROWS)).metaProblems).toEqual([]);
  });
});
