import { DEFAULT_INCIDENTS_URL } from './data/endpoint';
import { incidentsUrl } from './data/fetch-incidents';

/**
 * In development, with the default endpoint, MSW answers it from the embedded dataset. The
 * production build serves the same JSON as a static file, so msw never reaches a user's browser.
 * Both pages (the dashboard and the embed) start it here, the one import of mocks/ in src/.
 */
export async function startMocking(): Promise<void> {
  if (!import.meta.env.DEV || incidentsUrl() !== DEFAULT_INCIDENTS_URL) return;
  const { worker } = await import('../mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
