/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

export const DEFAULT_INCIDENTS_URL = '/api/incidents';
const DATASET_FILE = new URL('./mocks/data/incidents.json', import.meta.url);

/**
 * The production build has no MSW: when the app uses the default endpoint, the embedded dataset is
 * written into the build at that path, so any static host serves it with no backend.
 */
function embeddedDataset(endpoint: string): Plugin {
  const fileName = endpoint.replace(/^\//, '');
  return {
    name: 'embedded-dataset',
    apply: 'build',
    generateBundle() {
      if (endpoint !== DEFAULT_INCIDENTS_URL) return;
      this.emitFile({ type: 'asset', fileName, source: readFileSync(DATASET_FILE, 'utf8') });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] === endpoint) res.setHeader('Content-Type', 'application/json');
        next();
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const endpoint = env.VITE_INCIDENTS_URL || DEFAULT_INCIDENTS_URL;
  return {
    plugins: [react(), embeddedDataset(endpoint)],
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
    test: {
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      testTimeout: 30_000,
    },
  };
});
