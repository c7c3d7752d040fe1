import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import { describe, expect, it } from 'vitest';
import { INCIDENTS_PATH } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { fetchIncidents } from '../../../src/data/fetch-incidents';
import { IncidentsError, type IncidentsErrorKind } from '../../../src/data/incidents-error';

const text = (body: string, status = 200, type = 'text/plain') =>
  new HttpResponse(body, { status, headers: { 'Content-Type': type } });
const json = (body: string) => text(body, 200, 'application/json');
const meta = incidentsResponse([]).meta;
const HTML_PAGE =
  '<!doctype html><html><head><title>App</title></head><body><div id="root"></div></body></html>';

function answer(resolver: HttpResponseResolver) {
  server.use(http.get(INCIDENTS_PATH, resolver));
}

/** What `fetchIncidents` throws, so that each test can look at every part of it. */
async function failure(options?: Parameters<typeof fetchIncidents>[1]): Promise<IncidentsError> {
  const error: unknown = await fetchIncidents(INCIDENTS_PATH, options).then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof IncidentsError)) throw new Error(`expected an IncidentsError: ${error}`);
  return error;
}

/** What the endpoint answers, the kind of error, its status, and what its message must say. */
const FAILURES: [string, HttpResponseResolver, IncidentsErrorKind, number | null, RegExp][] = [
  [
    'HTTP 500',
    () => text('Internal Server Error', 500),
    'http',
    500,
    /failed with a server error \(HTTP 500\)\. Try again in a moment/,
  ],
  [
    'HTTP 502',
    () => text('Bad Gateway', 502),
    'http',
    502,
    /failed with a server error \(HTTP 502\)/,
  ],
  [
    'HTTP 503',
    () => text('', 503),
    'http',
    503,
    /is unavailable for now \(HTTP 503\)\. Try again in a moment/,
  ],
  [
    'HTTP 404',
    () => text('Not Found', 404),
    'http',
    404,
    /was not found \(HTTP 404\)\. Check VITE_INCIDENTS_URL/,
  ],
  [
    'HTTP 401',
    () => text('Unauthorized', 401),
    'http',
    401,
    /refused access \(HTTP 401\)\. Check that the dashboard is allowed to read it/,
  ],
  ['HTTP 403', () => text('Forbidden', 403), 'http', 403, /refused access \(HTTP 403\)/],
  [
    'HTTP 429',
    () => text('Slow down', 429),
    'http',
    429,
    /too many were sent \(HTTP 429\)\. Wait a minute/,
  ],
  [
    'HTTP 418 with JSON',
    () => HttpResponse.json(incidentsResponse(SMALL_ROWS), { status: 418 }),
    'http',
    418,
    /answered HTTP 418 instead of the incidents/,
  ],
  [
    'a refused connection',
    () => HttpResponse.error(),
    'network',
    null,
    /Could not reach the data endpoint \/api\/incidents: the connection failed/,
  ],
  [
    'an HTML page',
    () => text(HTML_PAGE, 200, 'text/html; charset=utf-8'),
    'html',
    null,
    /answered with an HTML page instead of JSON: usually a static host's fallback page/,
  ],
  [
    'an HTML page labelled as JSON',
    () => json(`\n  ${HTML_PAGE}`),
    'html',
    null,
    /HTML page instead of JSON/,
  ],
  [
    'invalid JSON',
    () => json('{"incidents": [{"id": "a",'),
    'invalid-json',
    null,
    /answered text that is not valid JSON/,
  ],
  [
    'JSON with a trailing comma',
    () => json('{"incidents": [], "meta": {},}'),
    'invalid-json',
    null,
    /not valid JSON/,
  ],
  [
    'an empty body',
    () => json(''),
    'empty',
    null,
    /answered with an empty body instead of the incidents/,
  ],
  ['a body of blanks', () => text('  \n\t ', 200), 'empty', null, /empty body/],
  [
    'a JSON list',
    () => json('[]'),
    'shape',
    null,
    /JSON of the wrong shape \(the body must be an object, not a list or a single value\)/,
  ],
  ['JSON null', () => json('null'), 'shape', null, /wrong shape \(the body must be an object/],
  [
    'incidents that are not a list',
    () => HttpResponse.json({ incidents: 'all', meta }),
    'shape',
    null,
    /wrong shape \(incidents: must be a list of incidents\)/,
  ],
];

describe('fetchIncidents when the endpoint fails', () => {
  it.each(FAILURES)(
    'throws an IncidentsError that says so for %s',
    async (_what, resolver, kind, status, message) => {
      answer(resolver);
      const error = await failure();
      expect(error.kind).toBe(kind);
      expect(error.status).toBe(status);
      expect(error.message).toMatch(message);
      if (kind !== 'shape') expect(error.details.url).toBe(INCIDENTS_PATH);
    },
  );

  it('stops a request that takes longer than the time limit and says so', async () => {
    answer(async () => {
      await delay('infinite');
      return HttpResponse.json(incidentsResponse(SMALL_ROWS));
    });
    const error = await failure({ timeoutMs: 50 });
    expect(error.kind).toBe('timeout');
    expect(error.isTransient).toBe(true);
    expect(error.details).toEqual({ url: INCIDENTS_PATH, timeoutMs: 50 });
    expect(error.message).toContain(
      'did not answer within the time limit of 50 milliseconds, so the request was stopped',
    );
  });
});

describe('fetchIncidents when the endpoint answers', () => {
  it('returns the valid rows and skips none', async () => {
    answer(() => HttpResponse.json(incidentsResponse(SMALL_ROWS)));
    const result = await fetchIncidents(INCIDENTS_PATH);
    expect(result.incidents).toEqual(SMALL_ROWS);
    expect(result.skipped).toEqual([]);
    expect(result.receivedCount).toBe(3);
  });

  it('skips a row whose amount overflows to Infinity in the JSON text (1e999)', async () => {
    const body = JSON.stringify(
      incidentsResponse([...SMALL_ROWS, { ...makeIncident({ id: 'bad' }), amountUsd: 1 }]),
    ).replace('"amountUsd":1,', '"amountUsd":1e999,');
    answer(() => json(body));
    const result = await fetchIncidents(INCIDENTS_PATH);
    expect(result.incidents).toEqual(SMALL_ROWS);
    expect(result.skipped).toEqual([
      { row: 4, id: 'bad', field: 'amountUsd', reason: 'must be a number of US dollars' },
    ]);
  });

  it('ignores unknown fields on the rows and beside the list', async () => {
    const rows = SMALL_ROWS.map((row) => ({ ...row, severity: 'high', '<b>': '<i>' }));
    answer(() => HttpResponse.json({ ...incidentsResponse(rows), pagination: { next: null } }));
    const result = await fetchIncidents(INCIDENTS_PATH);
    expect(result.incidents).toEqual(SMALL_ROWS);
    expect(result.skipped).toEqual([]);
  });
});
