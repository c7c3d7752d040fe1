import { render, screen, within } from '@testing-library/react';
import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { expect } from 'vitest';
import { INCIDENTS_PATH } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { App } from '../../../src/app/app';
import { createQueryClient, type QueryClientOptions } from '../../../src/app/query-client';

/** `/api/incidents` answers with `resolver` for this test. */
export function answer(resolver: HttpResponseResolver) {
  server.use(http.get(INCIDENTS_PATH, resolver));
}

/** `/api/incidents` answers `body` as JSON for this test. */
export function answerJson(body: unknown) {
  const json = JSON.stringify(body);
  answer(() => new HttpResponse(json, { headers: { 'Content-Type': 'application/json' } }));
}

/**
 * Like `renderApp` (tests/render.tsx), with query client options: a short time limit, or retries
 * with a delay of a few milliseconds.
 */
export function renderAppWith(options: QueryClientOptions, url = '/') {
  window.history.replaceState(null, '', url);
  const queryClient = createQueryClient(options);
  return { ...render(<App queryClient={queryClient} />), queryClient };
}

/** The value shown for one of the Totals figures. */
export async function stat(label: string): Promise<HTMLElement> {
  const totals = await screen.findByRole('region', { name: 'Totals' });
  const value = within(totals).getByText(label).nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`No value for ${label}`);
  return value;
}

/** The header, the filters and "About the data" are there and usable whatever the data did. */
export function expectPageUsable() {
  expect(screen.getByRole('heading', { name: 'Crypto Theft Tracker', level: 1 })).toBeVisible();
  expect(screen.getByRole('searchbox', { name: 'Search incidents' })).toBeEnabled();
  expect(screen.getByLabelText('Attribution')).toBeEnabled();
  expect(screen.getByRole('heading', { name: 'About the data' })).toBeVisible();
}

/** Nothing a data row or a link smuggled in became an element. */
export function expectNoInjectedElements() {
  expect(document.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  expect(document.querySelectorAll('[onerror], [onload], [onmouseover], [onclick]')).toHaveLength(
    0,
  );
  const hrefs = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  expect(hrefs.filter((href) => !/^(https?:\/\/|#)/.test(href ?? ''))).toEqual([]);
}
