// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_RETRIES, retryDelay, shouldRetry } from '../../../src/app/query-client';
import { IncidentsError, type IncidentsErrorKind } from '../../../src/data/incidents-error';

const failure = (kind: IncidentsErrorKind, status: number | null = null) =>
  new IncidentsError(kind, `a ${kind} failure`, status);

describe('which failures are retried', () => {
  it.each([
    ['the connection failed', failure('network'), true],
    ['the request timed out', failure('timeout'), true],
    ['HTTP 500', failure('http', 500), true],
    ['HTTP 502', failure('http', 502), true],
    ['HTTP 503', failure('http', 503), true],
    ['HTTP 400', failure('http', 400), false],
    ['HTTP 401', failure('http', 401), false],
    ['HTTP 403', failure('http', 403), false],
    ['HTTP 404', failure('http', 404), false],
    ['HTTP 429', failure('http', 429), false],
    ['an HTML page', failure('html'), false],
    ['invalid JSON', failure('invalid-json'), false],
    ['an empty body', failure('empty'), false],
    ['JSON of the wrong shape', failure('shape'), false],
    ['an error that is not an IncidentsError', new TypeError('boom'), false],
    ['a thrown string', 'boom', false],
  ])('retries when %s: %s', (_what, error, expected) => {
    expect(shouldRetry(0, error)).toBe(expected);
  });

  it(`retries a transient failure at most ${MAX_RETRIES} times`, () => {
    const error = failure('http', 503);
    const attempts = [0, 1, 2, 3, 4].map((failureCount) => shouldRetry(failureCount, error));
    expect(attempts).toEqual([true, true, true, false, false]);
    expect(MAX_RETRIES).toBe(3);
  });
});

describe('the wait between retries', () => {
  it.each([
    [0, 500],
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [4, 5_000],
    [10, 5_000],
  ])('waits before retry %i: %i ms', (attempt, delay) => {
    expect(retryDelay(attempt)).toBe(delay);
  });

  it('scales from a given first delay, for tests', () => {
    expect([0, 1, 2].map((attempt) => retryDelay(attempt, 1))).toEqual([1, 2, 4]);
  });
});
