import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { INCIDENTS_PATH } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { incidentsResponse } from '../../../mocks/fixtures/responses';
import current from '../../../mocks/data/incidents.json';
import { fetchDatasetVersion, fetchVersionsIndex } from '../../../src/data/dataset-versions';
import { datasetVersionUrl, versionsIndexBody, versionsIndexUrl } from '../../../src/data/endpoint';
import { IncidentsError } from '../../../src/data/incidents-error';
import { resolvePin } from '../../../src/features/pinned/pin-state';

const VERSION = '2026-03-01';

/** What a promise rejects with, as an IncidentsError. */
async function failure(promise: Promise<unknown>): Promise<IncidentsError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof IncidentsError)) throw new Error(`expected an IncidentsError: ${error}`);
  return error;
}

describe('Where released versions are served', () => {
  it.each([
    [
      '/api/incidents',
      '/api/incidents-versions/2026-11-29.json',
      '/api/incidents-versions/index.json',
    ],
    [
      'https://api.example.org/v1/incidents/',
      'https://api.example.org/v1/incidents-versions/2026-11-29.json',
      'https://api.example.org/v1/incidents-versions/index.json',
    ],
    [
      '/data?key=abc',
      '/data-versions/2026-11-29.json?key=abc',
      '/data-versions/index.json?key=abc',
    ],
  ])('beside %s', (endpoint, version, index) => {
    expect(datasetVersionUrl(endpoint, '2026-11-29')).toBe(version);
    expect(versionsIndexUrl(endpoint)).toBe(index);
  });

  it('lists every kept version and the current one in the index, oldest first, once each', () => {
    expect(versionsIndexBody(['2026-11-29', '2025-06-01', '2026-12-01'], '2026-12-01')).toEqual({
      current: '2026-12-01',
      versions: ['2025-06-01', '2026-11-29', '2026-12-01'],
    });
  });
});

describe('Loading a released version', () => {
  it('reads an older file as the import writes it today: its version, and classified techniques', async () => {
    const rows = [
      makeIncident({ id: 'a', technique: 'private key leaked' }),
      makeIncident({ id: 'b', technique: null }),
    ].map((row) =>
      Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'techniqueClass')),
    );
    const oldMeta = Object.fromEntries(
      Object.entries(incidentsResponse(rows).meta).filter(([key]) => key !== 'version'),
    );
    server.use(
      http.get(datasetVersionUrl(INCIDENTS_PATH, VERSION), () =>
        HttpResponse.json({ incidents: rows, meta: oldMeta }),
      ),
    );
    const result = await fetchDatasetVersion(INCIDENTS_PATH, VERSION);
    expect(result.meta.version).toBe(VERSION);
    expect(result.skipped).toEqual([]);
    expect(result.incidents.map((incident) => incident.techniqueClass)).toEqual([
      'key-compromise',
      'not-stated',
    ]);
  });

  it('keeps the version a file states, and still skips a row whose class is wrong', async () => {
    const rows = [
      makeIncident({ id: 'a' }),
      { ...makeIncident({ id: 'b' }), techniqueClass: 'magic' },
    ];
    const body = incidentsResponse(rows);
    server.use(
      http.get(datasetVersionUrl(INCIDENTS_PATH, VERSION), () =>
        HttpResponse.json({ incidents: rows, meta: { ...body.meta, version: '2026-02-27' } }),
      ),
    );
    const result = await fetchDatasetVersion(INCIDENTS_PATH, VERSION);
    expect(result.meta.version).toBe('2026-02-27');
    expect(result.skipped).toEqual([
      expect.objectContaining({ row: 2, id: 'b', field: 'techniqueClass' }),
    ]);
  });

  it('says which address was not found when a version is missing', async () => {
    server.use(
      http.get(
        datasetVersionUrl(INCIDENTS_PATH, VERSION),
        () => new HttpResponse('Not found', { status: 404 }),
      ),
    );
    const error = await failure(fetchDatasetVersion(INCIDENTS_PATH, VERSION));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toContain('/api/incidents-versions/2026-03-01.json');
  });

  it('answers a version that was never released with "not found"', async () => {
    const error = await failure(fetchDatasetVersion(INCIDENTS_PATH, '1999-01-01'));
    expect(error.status).toBe(404);
  });
});

describe('The index of versions', () => {
  it('is served for the shipped data, naming the current dataset and the first kept one', async () => {
    const index = await fetchVersionsIndex(INCIDENTS_PATH);
    expect(index.current).toBe(current.meta.version);
    expect(index.versions).toContain('2026-11-29');
    expect(index.versions).toContain(current.meta.version);
  });

  it('serves the first kept version whole: every row valid, as many as it announces', async () => {
    const result = await fetchDatasetVersion(INCIDENTS_PATH, '2026-11-29');
    expect(result.skipped).toEqual([]);
    expect(result.metaProblems).toEqual([]);
    expect(result.incidents).toHaveLength(result.meta.count);
    expect(result.meta.version).toBe('2026-11-29');
  });

  it.each([
    ['a list', ['2026-11-29']],
    ['no current', { versions: ['2026-11-29'] }],
    ['a version that is not a day', { current: '2026-12-01', versions: ['2026-13-01'] }],
    ['a current it does not list', { current: '2026-12-01', versions: ['2026-11-29'] }],
  ])('is refused, saying where, when it is %s', async (_, body) => {
    server.use(http.get(versionsIndexUrl(INCIDENTS_PATH), () => HttpResponse.json(body)));
    const error = await failure(fetchVersionsIndex(INCIDENTS_PATH));
    expect(error.kind).toBe('shape');
    expect(error.message).toContain('/api/incidents-versions/index.json');
  });
});

describe('What a pin comes to', () => {
  const index = { current: '2026-12-01', versions: ['2026-11-29', '2026-12-01'] };
  it.each([
    [null, index, null, { kind: 'live' }],
    ['2026-11-29', undefined, null, { kind: 'checking', version: '2026-11-29' }],
    ['2026-11-29', index, null, { kind: 'pinned', version: '2026-11-29', current: '2026-12-01' }],
    ['2026-12-01', index, null, { kind: 'current', version: '2026-12-01' }],
    [
      '2020-01-01',
      index,
      null,
      { kind: 'unknown', version: '2020-01-01', versions: index.versions },
    ],
  ] as const)('dataset=%s', (version, given, error, expected) => {
    expect(resolvePin(version, given, error)).toEqual(expected);
  });

  it('is unavailable when the index failed', () => {
    const error = new Error('offline');
    expect(resolvePin('2026-11-29', undefined, error)).toEqual({
      kind: 'unavailable',
      version: '2026-11-29',
      error,
    });
  });
});
