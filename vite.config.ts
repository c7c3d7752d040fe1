/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import {
  datasetVersionUrl,
  DEFAULT_INCIDENTS_URL,
  versionsIndexBody,
  versionsIndexUrl,
} from './src/data/endpoint.ts';
import { paletteCss } from './src/lib/palette.ts';
import { linkPreviewPlugin, readPreviewRecord } from './scripts/lib/link-preview.ts';

const DATASET_FILE = new URL('./mocks/data/incidents.json', import.meta.url);
/** The earlier released versions, kept verbatim, one file a version (`2026-11-29.json`). */
const VERSIONS_FOLDER = new URL('./mocks/data/versions/', import.meta.url);

const PALETTE_MODULE = 'virtual:palette.css';

/** The page's colours as a stylesheet, written from src/lib/palette.ts (the one place they are). */
function palette(): Plugin {
  const resolved = `\0${PALETTE_MODULE}`;
  return {
    name: 'palette-css',
    resolveId: (id) => (id === PALETTE_MODULE ? resolved : null),
    load: (id) => (id === resolved ? paletteCss() : null),
  };
}

/**
 * The production build has no MSW: when the app uses the default endpoint, the embedded dataset is
 * written into the build at that path, so any static host serves it with no backend. Beside it go
 * every released version (the kept ones and the current one) and their index (docs/api.md).
 */
function embeddedDataset(endpoint: string): Plugin {
  const fileName = endpoint.replace(/^\//, '');
  return {
    name: 'embedded-dataset',
    apply: 'build',
    generateBundle() {
      if (endpoint !== DEFAULT_INCIDENTS_URL) return;
      const current = readFileSync(DATASET_FILE, 'utf8');
      this.emitFile({ type: 'asset', fileName, source: current });
      const currentVersion = currentVersionOf(current);
      const kept = keptVersions();
      const emit = (url: string, source: string) =>
        this.emitFile({ type: 'asset', fileName: url.replace(/^\//, ''), source });
      for (const version of kept) {
        emit(
          datasetVersionUrl(endpoint, version),
          readFileSync(new URL(`${version}.json`, VERSIONS_FOLDER), 'utf8'),
        );
      }
      emit(datasetVersionUrl(endpoint, currentVersion), current);
      emit(
        versionsIndexUrl(endpoint),
        JSON.stringify(versionsIndexBody(kept, currentVersion), null, 2),
      );
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] === endpoint) res.setHeader('Content-Type', 'application/json');
        next();
      });
    },
  };
}

/** The versions kept in mocks/data/versions/, from their file names. */
function keptVersions(): string[] {
  return readdirSync(VERSIONS_FOLDER)
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.json$/.test(name))
    .map((name) => name.slice(0, -'.json'.length));
}

/** `meta.version` of the current dataset: the build fails without one, rather than guess. */
function currentVersionOf(json: string): string {
  const body: unknown = JSON.parse(json);
  const meta = typeof body === 'object' && body !== null && 'meta' in body ? body.meta : null;
  const version =
    typeof meta === 'object' && meta !== null && 'version' in meta ? meta.version : null;
  if (typeof version !== 'string') throw new Error('mocks/data/incidents.json has no meta.version');
  return version;
}

/**
 * The page's Content Security Policy: only the app's own scripts, styles, workers and data, plus
 * the configured endpoint's origin when it is absolute. No inline script, no eval, no inline
 * `<style>`; `data:` and `blob:` images for the exports (canvas snapshots, downloads).
 * React and Recharts set `style` through the DOM (element.style), which `style-src` does not
 * govern; only `style="..."` in markup and `<style>` elements would need 'unsafe-inline'.
 * `frame-ancestors` cannot be set from a meta tag: a host that wants it sends it as a header.
 */
export function contentSecurityPolicy(endpoint: string): string {
  const connect = ["'self'", endpointSource(endpoint)].filter((source) => source !== null);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The CSP source for an endpoint on another origin; null for a path on the page's own origin. */
function endpointSource(endpoint: string): string | null {
  const base = 'http://same-origin.invalid';
  if (!URL.canParse(endpoint, base)) return null;
  const url = new URL(endpoint, base);
  if (url.origin === base || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  // `//host/path` keeps the page's scheme; a scheme-less source does the same.
  return endpoint.startsWith('//') ? url.host : url.origin;
}

/** Adds the policy to the built page only: the dev server needs Vite's inline HMR code and MSW. */
function contentSecurityPolicyMeta(endpoint: string): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(endpoint),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * Asks for the dataset as the page starts loading, in parallel with the app's JavaScript, instead
 * of after the app has started (the fetch it makes then is answered from this request). Built page
 * only: in development the request must go through the MSW worker, which starts with the app.
 */
function preloadDataset(endpoint: string): Plugin {
  return {
    name: 'preload-dataset',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preload', href: endpoint, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head',
      },
    ],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const endpoint = env.VITE_INCIDENTS_URL || DEFAULT_INCIDENTS_URL;
  return {
    plugins: [
      react(),
      palette(),
      embeddedDataset(endpoint),
      contentSecurityPolicyMeta(endpoint),
      preloadDataset(endpoint),
      linkPreviewPlugin(env.VITE_SITE_URL || null, readPreviewRecord('public')),
    ],
    // Two pages: the dashboard and a chart on its own for other sites to frame (docs/embed.md).
    // Every plugin above (the CSP, the dataset preload) applies to both.
    build: {
      rolldownOptions: {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
        },
      },
    },
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
