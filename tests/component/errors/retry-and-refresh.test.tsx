import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { answer, expectPageUsable, renderApp, stat } from '../support/app';

type Failure = () => Response | Promise<Response>;

const fail = (status: number) => () => new HttpResponse('failed', { status });
const hang = async () => {
  await delay('infinite');
  return new HttpResponse(null, { status: 204 });
};
const refuse = () => HttpResponse.error();

/** The endpoint fails with each of `failures` in turn, then answers the three small rows. */
function answerAfter(...failures: Failure[]) {
  let request = 0;
  answer(() => {
    const failure = failures[request];
    request += 1;
    return failure ? failure() : HttpResponse.json(incidentsResponse(SMALL_ROWS));
  });
}

// Retries on, a few milliseconds apart, and a short time limit: the app's policy, sped up.
const RETRYING = { retry: true, firstRetryDelayMs: 1, requestTimeoutMs: 100 } as const;

async function expectLoaded() {
  await waitFor(async () => expect(await stat('Incidents')).toHaveTextContent('3'));
  expect(await stat('Total stolen')).toHaveTextContent('$7,000,000');
}

describe('retrying a failed load', () => {
  it.each<[string, Failure[]]>([
    ['a 503', [fail(503)]],
    ['a 500 three times', [fail(500), fail(500), fail(500)]],
    ['a refused connection', [refuse]],
    ['a time-out', [hang]],
  ])('recovers from %s without an alert', async (_what, failures) => {
    answerAfter(...failures);
    renderApp('/', RETRYING);
    await expectLoaded();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each<[string, string, RegExp]>([
    ['/', 'Still waiting for the data endpoint (attempt 2 of 4).', /HTTP 503/],
    [
      '/?lang=fr',
      'Toujours en attente du point d’accès des données (tentative 2 sur 4).',
      /HTTP 503/,
    ],
  ])('says which attempt it is waiting on while it retries (%s)', async (url, waiting, reason) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const gated = async () => {
      await released;
      return HttpResponse.json(incidentsResponse(SMALL_ROWS));
    };
    answerAfter(fail(503), gated);
    renderApp(url, { ...RETRYING, requestTimeoutMs: 30_000 });
    const status = await screen.findByText((text) => text.startsWith(waiting));
    expect(status).toHaveTextContent(reason);
    release();
    await waitFor(() => expect(screen.queryByText((text) => text.startsWith(waiting))).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('gives up after three retries, says so, and loads on Retry', async () => {
    const user = userEvent.setup();
    answerAfter(fail(500), fail(500), fail(500), fail(500));
    renderApp('/', RETRYING);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('failed with a server error (HTTP 500)');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectLoaded();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([404, 401])('does not retry HTTP %i: the alert shows at once', async (status) => {
    answerAfter(fail(status));
    renderApp('/', RETRYING);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`(HTTP ${status})`);
    expectPageUsable();
  });

  it('shows the loading state in place of the alert while a Retry is under way', async () => {
    const user = userEvent.setup();
    answerAfter(fail(500), hang);
    renderApp();
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByLabelText('Loading incidents')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
    expectPageUsable();
  });
});

describe('a background refresh that fails', () => {
  it('keeps the last good figures on screen with a notice that says why', async () => {
    answerAfter();
    const { queryClient } = renderApp();
    await expectLoaded();
    answer(fail(503));
    await act(() => queryClient.refetchQueries());
    const text = await screen.findByText(/Refreshing the data failed/);
    const notice = text.closest('[role="status"]');
    if (!(notice instanceof HTMLElement)) throw new Error('the notice is not a status region');
    expect(notice).toHaveTextContent('is unavailable for now (HTTP 503)');
    expect(notice).toHaveTextContent('The figures below are from the last successful load');
    expect(within(notice).getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(await stat('Total stolen')).toHaveTextContent('$7,000,000');
    expect(screen.queryByText('The incidents could not be loaded.')).toBeNull();
  });
});
