import { http, HttpResponse } from 'msw';
import { DEFAULT_INCIDENTS_URL } from '../src/data/endpoint';
import dataset from './data/incidents.json';

/** The path the app reads by default (`VITE_INCIDENTS_URL` unset). */
export const INCIDENTS_PATH = DEFAULT_INCIDENTS_URL;

/** The normal answers: the embedded dataset. Tests override them with `server.use`. */
export const handlers = [http.get(INCIDENTS_PATH, () => HttpResponse.json(dataset))];
