import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/launch-chromium';

export const SCREENSHOT_DIR = 'test-results/screenshots';

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return launchChromium();
}

/** A page that records every console error and uncaught exception, for "no console errors". */
export async function openPage(
  browser: Browser,
  { width = 1280, height = 900 }: { width?: number; height?: number } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}
