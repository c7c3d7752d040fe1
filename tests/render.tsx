import { render } from '@testing-library/react';
import { App } from '../src/app/app';
import { createQueryClient } from '../src/app/query-client';

/** Renders the whole app at `url` with a fresh query client that never retries. */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  const queryClient = createQueryClient({ retry: false });
  return { ...render(<App queryClient={queryClient} />), queryClient };
}
