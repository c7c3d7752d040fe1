/**
 * The data endpoint the app reads when `VITE_INCIDENTS_URL` is not set: the MSW mock in
 * development, the built dataset in a preview, a real backend behind the same path in production.
 * The one place it is written; the mocks, the build, the benchmark server and the client read it.
 */
export const DEFAULT_INCIDENTS_URL = '/api/incidents';

/**
 * Where the released versions of the dataset sit beside an endpoint: `/api/incidents` keeps them
 * under `/api/incidents-versions/`, one file a version (`2026-11-29.json`) and an index
 * (`index.json`). A sibling path, not a child, so that a static host can serve both the endpoint's
 * file and the folder. A query string on the endpoint (a key, say) is kept on each.
 */
export function besideEndpoint(endpoint: string, file: string): string {
  const at = endpoint.indexOf('?');
  const path = at === -1 ? endpoint : endpoint.slice(0, at);
  const query = at === -1 ? '' : endpoint.slice(at);
  return `${path.replace(/\/+$/, '')}-versions/${file}${query}`;
}

/** The dataset as released on `version` (`YYYY-MM-DD`). */
export function datasetVersionUrl(endpoint: string, version: string): string {
  return besideEndpoint(endpoint, `${version}.json`);
}

/** The list of released versions and which one is current (docs/api.md). */
export function versionsIndexUrl(endpoint: string): string {
  return besideEndpoint(endpoint, 'index.json');
}

/** The body of `index.json`: every released version, oldest first, and the current one. */
export function versionsIndexBody(kept: readonly string[], current: string) {
  return { current, versions: [...new Set([...kept, current])].sort() };
}
