// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, passthrough } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server as mockServer } from '../../../mocks/node';
import { startBenchServer, type BenchServer } from '../../../scripts/bench-server';

let server: BenchServer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
  writeFileSync(join(dir, 'index.html'), '<p>app</p>');
  writeFileSync(join(dir, 'app.js'), 'export {};');
  server = await startBenchServer([{ prefix: '/', dir }]);
});
afterAll(() => server.close());
// The test setup's msw refuses unknown requests: these go to the real server under test.
beforeEach(() => mockServer.use(http.all(`${server.url}/*`, () => passthrough())));

describe('the benchmark server', () => {
  it('answers /api/incidents with the dataset it was given, as uncached JSON', async () => {
    server.setDataset(Buffer.from('{"incidents":[]}'));
    const response = await fetch(`${server.url}/api/incidents`);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ incidents: [] });
  });

  it('serves index.html for a folder and files by type', async () => {
    expect(await (await fetch(`${server.url}/`)).text()).toBe('<p>app</p>');
    const script = await fetch(`${server.url}/app.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers 404 for missing files and never leaves its folder', async () => {
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
    // Sent as written (fetch would resolve the dots before sending).
    expect(await rawStatus('/../../../../etc/passwd')).toBe(404);
    expect(await rawStatus('/%2e%2e/%2e%2e/%2e%2e/etc/passwd')).toBe(404);
  });
});

function rawStatus(path: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.url);
    get({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}
