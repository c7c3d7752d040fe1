import { screen, within } from '@testing-library/react';
import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { expect } from 'vitest';
import { INCIDENTS_PATH } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';

/** The helpers of whole-app tests: what the endpoint answers, and what the page shows. */
export { renderApp } from '../../render';

/** `/api/incidents` answers with `resolver` for this test. */
export function answer(resolver: HttpResponseResolver) {
  server.use(http.get(INCIDENTS_PATH, resolver));
}

/** `/api/incidents` answers `body` as JSON for this test. */
export function answerJson(body: unknown) {
  const json = JSON.stringify(body);
  answer(() => new HttpResponse(json, { headers: { 'Content-Type': 'application/json' } }));
}

/** The Totals region, once the data has loaded (`Totaux` in French). */
export function findTotals(name = 'Totals'): Promise<HTMLElement> {
  return screen.findByRole('region', { name });
}

/** The value shown for one of the Totals figures (`region` is `Totaux` in French). */
export async function stat(label: string, region = 'Totals'): Promise<HTMLElement> {
  const value = within(await findTotals(region)).getByText(label).nextElementSibling;
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
