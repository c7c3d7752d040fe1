import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { figureOf } from '../support/shipped-data';
import { formatCount, formatUsdCompact } from '../../src/lib/format';

// The production app retries a 5xx three times with backoff (0.5 s, 1 s, 2 s) before it says so.
const REQUESTS_BEFORE_ALERT = 4;
/** Chromium logs each failed response itself; nothing else may reach the console. */
const FAILED_RESPONSE = /^Failed to load resource: the server responded with a status of 500/;

// Expected figures come from the shipped dataset, never written here.
const all = figureOf();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The endpoint answers 500 to the first `failures` requests, then serves the real dataset. */
async function failFirst(page: Page, failures: number): Promise<{ readonly served: number[] }> {
  const served: number[] = [];
  await page.route('**/api/incidents', async (route) => {
    if (served.length < failures) {
      served.push(500);
      await route.fulfill({
        status: 500,
        contentType: 'text/plain',
        body: 'Internal Server Error',
      });
    } else {
      served.push(200);
      await route.continue();
    }
  });
  return { served };
}

async function waitForTotals(page: Page) {
  const totals = page.getByRole('region', { name: 'Totals' });
  await totals.getByText(formatUsdCompact(all.totalUsd)).waitFor({ timeout: 20_000 });
  return totals;
}

describe('an endpoint that answers 500 (production build in Chromium)', () => {
  it('says so with a Retry button once the retries are used up, and loads on Retry', async () => {
    const { page, errors } = await openPage(browser);
    const { served } = await failFirst(page, REQUESTS_BEFORE_ALERT);
    await page.goto(`${inject('previewUrl')}/`);

    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('failed with a server error (HTTP 500)');
    expect(served).toEqual([500, 500, 500, 500]);
    // The rest of the page stays usable while the data is missing.
    const search = page.getByRole('searchbox', { name: 'Search incidents' });
    await search.fill('bybit');
    await search.fill('');
    await page.getByRole('heading', { name: 'About the data' }).click();
    await page.getByText('The dataset has not loaded').waitFor();

    await alert.getByRole('button', { name: 'Retry' }).click();
    const totals = await waitForTotals(page);
    expect(await totals.textContent()).toContain(formatCount(all.count));
    expect(await alert.count()).toBe(0);
    expect(errors.filter((error) => !FAILED_RESPONSE.test(error))).toEqual([]);
    expect(errors).toHaveLength(REQUESTS_BEFORE_ALERT);
  });

  it('recovers with no alert when a retry succeeds', async () => {
    const { page, errors } = await openPage(browser);
    const { served } = await failFirst(page, REQUESTS_BEFORE_ALERT - 1);
    await page.goto(`${inject('previewUrl')}/`);
    const totals = await waitForTotals(page);
    expect(await totals.textContent()).toContain(formatCount(all.count));
    expect(await page.getByText('could not be loaded').count()).toBe(0);
    expect(served).toEqual([500, 500, 500, 200]);
    expect(errors.filter((error) => !FAILED_RESPONSE.test(error))).toEqual([]);
  });
});
