import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, HttpResponse, type HttpResponseResolver } from 'msw';
import { describe, expect, it } from 'vitest';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { renderApp } from '../../render';
import { answer, answerJson, expectPageUsable, renderAppWith, stat } from './helpers';

const text = (body: string, status = 200, type = 'text/plain') =>
  new HttpResponse(body, { status, headers: { 'Content-Type': type } });
const json = (body: string) => text(body, 200, 'application/json');
const meta = incidentsResponse([]).meta;
const HTML_PAGE =
  '<!doctype html><html><head><title>App</title></head><body><div id="root"></div></body></html>';

/** What the endpoint answers, and what the alert must say about it. */
const FAILURES: [string, HttpResponseResolver, RegExp][] = [
  [
    'HTTP 500',
    () => text('Internal Server Error', 500),
    /failed with a server error \(HTTP 500\)\. Try again in a moment/,
  ],
  ['HTTP 502', () => text('Bad Gateway', 502), /failed with a server error \(HTTP 502\)/],
  ['HTTP 503', () => text('', 503), /is unavailable for now \(HTTP 503\)\. Try again in a moment/],
  [
    'HTTP 404',
    () => text('Not Found', 404),
    /was not found \(HTTP 404\)\. Check VITE_INCIDENTS_URL/,
  ],
  [
    'HTTP 401',
    () => text('Unauthorized', 401),
    /refused access \(HTTP 401\)\. Check that the dashboard is allowed to read it/,
  ],
  ['HTTP 403', () => text('Forbidden', 403), /refused access \(HTTP 403\)/],
  ['HTTP 429', () => text('Slow down', 429), /too many were sent \(HTTP 429\)\. Wait a minute/],
  [
    'HTTP 418 with JSON',
    () => HttpResponse.json(incidentsResponse(SMALL_ROWS), { status: 418 }),
    /answered HTTP 418 instead of the incidents/,
  ],
  [
    'a refused connection',
    () => HttpResponse.error(),
    /could not reach the data endpoint \/api\/incidents: the connection failed/i,
  ],
  [
    'an HTML page',
    () => text(HTML_PAGE, 200, 'text/html; charset=utf-8'),
    /answered with an HTML page instead of JSON: usually a static host's fallback page/,
  ],
  ['an HTML page labelled as JSON', () => json(`\n  ${HTML_PAGE}`), /HTML page instead of JSON/],
  [
    'invalid JSON',
    () => json('{"incidents": [{"id": "a",'),
    /answered text that is not valid JSON/,
  ],
  ['JSON with a trailing comma', () => json('{"incidents": [], "meta": {},}'), /not valid JSON/],
  ['an empty body', () => json(''), /answered with an empty body instead of the incidents/],
  ['a body of blanks', () => text('  \n\t ', 200), /empty body/],
  [
    'a JSON list',
    () => json('[]'),
    /JSON of the wrong shape \(the body must be an object, not a list or a single value\)/,
  ],
  ['JSON null', () => json('null'), /wrong shape \(the body must be an object/],
  [
    'incidents that are not a list',
    () => HttpResponse.json({ incidents: 'all', meta }),
    /wrong shape \(incidents: must be a list of incidents\)/,
  ],
];

describe('when the endpoint fails', () => {
  it.each(FAILURES)(
    'says so for %s, with a Retry button, and keeps the page usable',
    async (_what, resolver, message) => {
      answer(resolver);
      renderApp();
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The incidents could not be loaded.');
      expect(alert).toHaveTextContent(message);
      expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
      expectPageUsable();
      expect(screen.queryByRole('region', { name: 'Totals' })).toBeNull();
      expect(screen.getByText(/The dataset has not loaded/)).toBeInTheDocument();
    },
  );

  it('stops a request that takes longer than the time limit and says so', async () => {
    answer(async () => {
      await delay('infinite');
      return HttpResponse.json(incidentsResponse(SMALL_ROWS));
    });
    renderAppWith({ retry: false, requestTimeoutMs: 50 });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'did not answer within the time limit of 50 milliseconds, so the request was stopped',
    );
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
    expectPageUsable();
  });

  it('loads the data when Retry is pressed after a failure', async () => {
    const user = userEvent.setup();
    answer(() => text('Internal Server Error', 500));
    renderApp();
    const alert = await screen.findByRole('alert');
    answerJson(incidentsResponse(SMALL_ROWS));
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(async () => expect(await stat('Incidents')).toHaveTextContent('3'));
    expect(await stat('Total stolen')).toHaveTextContent('$7,000,000');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
