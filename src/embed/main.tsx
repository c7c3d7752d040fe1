import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startMocking } from '../start-mocking';
import { readEmbedParams } from './embed-links';
import { EmbedApp } from './embed-app';
import 'virtual:palette.css';
import '../app/styles.css';
import './embed.css';

// The theme asked for by the link, before the first render; `auto` follows the reader's system.
const { theme } = readEmbedParams(window.location.search);
if (theme !== 'auto') document.documentElement.dataset.theme = theme;

const container = document.getElementById('root');
if (!container) throw new Error('embed.html has no #root element');

void startMocking().then(() => {
  createRoot(container).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  );
});
