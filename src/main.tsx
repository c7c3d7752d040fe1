import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyThemeChoice, readThemeChoice } from './app/theme';
import { startMocking } from './start-mocking';
import 'virtual:palette.css';
import './app/styles.css';

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
