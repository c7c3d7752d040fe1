import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formattersFor } from '../../src/lib/format';
import { launchBrowser, openPage } from './browser';
import { figureOf } from '../support/shipped-data';

// An endpoint that accepts the request and does not answer: during the first attempt the page
// says it is still waiting (not only from the second attempt), then shows the data when it comes.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each([
  { lang: 'en', message: 'Still waiting for the data endpoint (attempt 1 of 4).' },
  {
    lang: 'fr',
    message: 'Toujours en attente du point d’accès des données (tentative 1 sur 4).',
  },
] as const)(
  'a stalled data endpoint (production build in Chromium, $lang)',
  ({ lang, message }) => {
    it('says it is still waiting during the first attempt, then shows the data', async () => {
      const { page, errors } = await openPage(browser);
      const held: Route[] = [];
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/api/incidents', async (route) => {
        held.push(route);
        await released;
        await route.continue();
      });
      await page.goto(`${inject('previewUrl')}/?lang=${lang}`);

      const notice = page.getByRole('status').filter({ hasText: message });
      await notice.waitFor();
      expect(held).toHaveLength(1);
      expect(await page.getByRole('region', { name: /^(Totals|Totaux)$/ }).count()).toBe(0);

      release();
      const total = formattersFor(lang).formatUsdCompact(figureOf().totalUsd);
      await page
        .getByRole('region', { name: /^(Totals|Totaux)$/ })
        .getByText(total)
        .waitFor();
      expect(await notice.count()).toBe(0);
      expect(held).toHaveLength(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
