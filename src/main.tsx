import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyThemeChoice, readThemeChoice } from './app/theme';
import { DEFAULT_INCIDENTS_URL } from './data/endpoint';
import { incidentsUrl } from './data/fetch-incidents';
import 'virtual:palette.css';
import './app/styles.css';

/**
 * In development, with the default endpoint, MSW answers it from the embedded dataset. The
 * production build serves the same JSON as a static file, so msw never reaches a user's browser.
 */
async function startMocking(): Promise<void> {
  if (!import.meta.env.DEV || incidentsUrl() !== DEFAULT_INCIDENTS_URL) return;
  const { worker } = await import('../mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

// Before the first render, so a dark page never flashes light (no inline script: the CSP forbids it).
applyThemeChoice(readThemeChoice());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void startMocking().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
