import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { DEFAULT_INCIDENTS_URL } from '../src/data/endpoint';

/** The endpoint the app reads by default, and the floors too. */
const INCIDENTS_PATH = DEFAULT_INCIDENTS_URL;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface BenchServer {
  readonly url: string;
  /** What `/api/incidents` answers from now on (the JSON text of a whole response). */
  setDataset(json: Buffer): void;
  close(): Promise<void>;
}

/**
 * A static server on 127.0.0.1 for the production build and the floors: each URL prefix maps to a
 * folder (`/x/` serves `x/index.html`), and `/api/incidents` answers the dataset in memory, so
 * the app and the floors read the same endpoint on the same origin. Nothing is cached.
 */
export async function startBenchServer(
  roots: readonly { readonly prefix: string; readonly dir: string }[],
): Promise<BenchServer> {
  let dataset: Buffer = Buffer.from('{}');
  // Longest prefix first, so `/bench/stack-floor/` wins over `/`.
  const ordered = [...roots].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const send = (status: number, type: string, body: Buffer | string) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (path === INCIDENTS_PATH) {
      send(200, 'application/json', dataset);
      return;
    }
    const root = ordered.find((r) => path.startsWith(r.prefix));
    if (!root) {
      send(404, 'text/plain', 'not found');
      return;
    }
    // Rooted before normalizing, so `..` cannot climb out of the folder.
    const relative = normalize(`/${path.slice(root.prefix.length)}`);
    const file = join(root.dir, relative.endsWith('/') ? `${relative}index.html` : relative);
    readFile(file).then(
      (body) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain', 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port to serve on');
  return {
    url: `http://127.0.0.1:${address.port}`,
    setDataset(json) {
      dataset = json;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
