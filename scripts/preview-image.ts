/**
 * npm run preview:image: writes the link-preview image (public/preview/timeline.png) with the
 * dashboard's own export code, and its record (public/preview/timeline.json). It builds the app,
 * serves the build, opens the all-time view in Chromium (light theme, English) and downloads the
 * timeline's PNG from its export menu, as a reader would. Run it after every dataset import:
 * tests/unit/data/link-preview.test.ts fails while the image shows an older dataset.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { launchChromium } from './lib/launch-chromium';
import { PREVIEW_IMAGE_PATH, PREVIEW_RECORD_PATH, type PreviewRecord } from './lib/link-preview';
import { en } from '../src/lib/i18n/messages-en';
import dataset from '../mocks/data/incidents.json';

const PUBLIC_DIR = fileURLToPath(new URL('../public', import.meta.url));
/** The export preset that suits Open Graph and Twitter cards (both crop near 1.91:1 or 16:9). */
const PRESET_ITEM = en.imageExport.pngWeb;
const VIEWPORT = { width: 1200, height: 900 };

function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function main(): Promise<void> {
  const version = dataset.meta.version;
  const outDir = mkdtempSync(join(tmpdir(), 'ctt-preview-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 4190 } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report a local URL');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${url.replace(/\/$/, '')}/?theme=light&lang=en`);
    const title = en.charts.timeline.title;
    await page.getByRole('button', { name: en.charts.exportLabel({ title }) }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menu').getByRole('menuitem', { name: PRESET_ITEM }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    const { width, height } = pngSize(bytes);
    const record: PreviewRecord = {
      datasetVersion: version,
      width,
      height,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      alt: `${en.app.name}: ${title}, every incident in the dataset of ${version}, by month`,
    };
    const imageFile = join(PUBLIC_DIR, PREVIEW_IMAGE_PATH);
    writeFileSync(imageFile, bytes);
    writeFileSync(join(PUBLIC_DIR, PREVIEW_RECORD_PATH), `${JSON.stringify(record, null, 2)}\n`);
    console.log(
      `Wrote ${relative(process.cwd(), imageFile)} (${width}×${height}, dataset ${version}).`,
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
