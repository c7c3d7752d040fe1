import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { answer, answerJson, expectPageUsable, renderApp, stat } from '../support/app';

const text = (body: string, status = 200, type = 'text/plain') =>
  new HttpResponse(body, { status, headers: { 'Content-Type': type } });
const HTML_PAGE =
  '<!doctype html><html><head><title>App</title></head><body><div id="root"></div></body></html>';

// What each kind of failure makes the data layer say, in English and in French, is tested on
// fetchIncidents and errorMessage (tests/unit/data/fetch-incidents.test.ts and
// tests/unit/i18n/error-message.test.ts): here, the page shows it.
describe('when the endpoint fails', () => {
  it('says so with a Retry button, and keeps the page usable', async () => {
    answer(() => text('Internal Server Error', 500));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The incidents could not be loaded.');
    expect(alert).toHaveTextContent(
      /failed with a server error \(HTTP 500\)\. Try again in a moment/,
    );
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
    expectPageUsable();
    expect(screen.queryByRole('region', { name: 'Totals' })).toBeNull();
    expect(screen.getByText(/The dataset has not loaded/)).toBeInTheDocument();
  });

  it('says so in French with lang=fr', async () => {
    answer(() => text(HTML_PAGE, 200, 'text/html; charset=utf-8'));
    renderApp('/?lang=fr');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Les incidents n’ont pas pu être chargés.');
    expect(alert).toHaveTextContent('a répondu une page HTML au lieu de JSON');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeEnabled();
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
