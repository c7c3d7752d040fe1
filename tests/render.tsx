import { render } from '@testing-library/react';
import { App } from '../src/app/app';
import { createQueryClient, type QueryClientOptions } from '../src/app/query-client';

/**
 * Renders the whole app at `url` with a fresh query client: by default one that never retries;
 * `options` give a short time limit, or retries with a delay of a few milliseconds.
 */
export function renderApp(url = '/', options: QueryClientOptions = { retry: false }) {
  window.history.replaceState(null, '', url);
  const queryClient = createQueryClient(options);
  return { ...render(<App queryClient={queryClient} />), queryClient };
}
