import { http, HttpResponse } from 'msw';
import {
  besideEndpoint,
  DEFAULT_INCIDENTS_URL,
  datasetVersionUrl,
  versionsIndexBody,
  versionsIndexUrl,
} from '../src/data/endpoint';
import dataset from './data/incidents.json';

/** The path the app reads by default (`VITE_INCIDENTS_URL` unset). */
export const INCIDENTS_PATH = DEFAULT_INCIDENTS_URL;

/** The earlier released versions (mocks/data/versions/2026-11-29.json …), served verbatim. */
const kept = Object.entries(
  import.meta.glob<string>('./data/versions/*.json', {
    eager: true,
    query: '?raw',
    import: 'default',
  }),
).map(([file, text]) => ({ version: file.replace(/^.*\/|\.json$/g, ''), text }));

const json = (text: string) =>
  new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } });

/**
 * The normal answers: the embedded dataset, and beside it every released version and their index
 * (as the production build writes them). Tests override them with `server.use`.
 */
export const handlers = [
  http.get(INCIDENTS_PATH, () => HttpResponse.json(dataset)),
  http.get(versionsIndexUrl(INCIDENTS_PATH), () =>
    HttpResponse.json(
      versionsIndexBody(
        kept.map(({ version }) => version),
        dataset.meta.version,
      ),
    ),
  ),
  http.get(datasetVersionUrl(INCIDENTS_PATH, dataset.meta.version), () =>
    HttpResponse.json(dataset),
  ),
  ...kept.map(({ version, text }) =>
    http.get(datasetVersionUrl(INCIDENTS_PATH, version), () => json(text)),
  ),
  // A version that was never released is not found, as on a static host.
  http.get(besideEndpoint(INCIDENTS_PATH, '*'), () => new HttpResponse(null, { status: 404 })),
];
