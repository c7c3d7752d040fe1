/**
 * The data endpoint the app reads when `VITE_INCIDENTS_URL` is not set: the MSW mock in
 * development, the built dataset in a preview, a real backend behind the same path in production.
 * The one place it is written; the mocks, the build, the benchmark server and the client read it.
 */
export const DEFAULT_INCIDENTS_URL = '/api/incidents';
