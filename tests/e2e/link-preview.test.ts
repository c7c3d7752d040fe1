import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { readPreviewRecord } from '../../scripts/lib/link-preview';

// What a chat app or a social network reads from a pasted link: the built page's Open Graph and
// Twitter tags, and the preview image they point at, served by the build.

const record = readPreviewRecord('public');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

it('the built page has link-preview tags whose image the build serves at its stated size', async () => {
  const { page } = await openPage(browser);
  await page.goto(`${inject('previewUrl')}/`);
  const meta = (key: string) =>
    page
      .locator(`head meta[property="${key}"], head meta[name="${key}"]`)
      .first()
      .getAttribute('content');
  await expect(meta('og:title')).resolves.toBe('Crypto Theft Tracker');
  await expect(meta('og:description')).resolves.toBe(await meta('description'));
  await expect(meta('twitter:card')).resolves.toBe('summary_large_image');
  const imagePath = await meta('og:image');
  expect(imagePath).toBe('/preview/timeline.png');
  await expect(meta('og:image:width')).resolves.toBe(String(record?.width));

  const response = await page.request.get(`${inject('previewUrl')}${imagePath}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const bytes = await response.body();
  expect(bytes.readUInt32BE(16)).toBe(record?.width);
  expect(bytes.readUInt32BE(20)).toBe(record?.height);
});
