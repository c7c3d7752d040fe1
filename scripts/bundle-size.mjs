import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Sizes of the built JavaScript: what a page (index.html, or embed.html) loads on first view (its
 * module script and modulepreload links, followed through static imports) and every other chunk.
 */
export function measureBundle(distDir = 'dist', page = 'index.html') {
  const html = readFileSync(join(distDir, page), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const firstLoad = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (firstLoad.has(file)) continue;
    firstLoad.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    // Static imports only (`import … from "./x.js"` / `import "./x.js"`), not `import("./x.js")`.
    for (const match of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      queue.push(`assets/${match[1]}`);
    }
  }
  const gzipKb = (file) => gzipSync(readFileSync(join(distDir, file))).length / 1024;
  const all = readdirSync(join(distDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
  const chunks = all.map((file) => ({
    file,
    gzipKb: gzipKb(file),
    firstLoad: firstLoad.has(file),
    mentionsMsw: /mockServiceWorker|setupWorker/.test(readFileSync(join(distDir, file), 'utf8')),
  }));
  const firstLoadGzipKb = chunks.filter((c) => c.firstLoad).reduce((sum, c) => sum + c.gzipKb, 0);
  return { firstLoadGzipKb, chunks };
}
