import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    previewUrl: string;
    devUrl: string;
  }
}

function firstUrl(server: PreviewServer | ViteDevServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The Vite server did not report a local URL');
  return url.replace(/\/$/, '');
}

/** Serves `dist/` (built by `npm test` before this runs) and the dev server with MSW. */
export default async function setup(project: TestProject) {
  const previewServer = await preview({
    preview: { port: 4173, strictPort: false },
    logLevel: 'warn',
  });
  const devServer = await createServer({
    server: { port: 5173, strictPort: false },
    logLevel: 'warn',
  });
  await devServer.listen();
  project.provide('previewUrl', firstUrl(previewServer));
  project.provide('devUrl', firstUrl(devServer));
  return async () => {
    await devServer.close();
    await previewServer.close();
  };
}
