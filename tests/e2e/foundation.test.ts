import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, SCREENSHOT_DIR } from './browser';
import { figureOf } from '../support/shipped-data';
import { formatCount, formatUsdCompact } from '../../src/lib/format';

// Expected figures come from the shipped dataset, never written here.
const all = figureOf();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each([
  ['production build (static JSON, no msw)', 'previewUrl' as const],
  ['dev server (MSW worker)', 'devUrl' as const],
])('the %s', (label, server) => {
  it('shows the dataset totals and the monthly chart with no console errors', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject(server)}/`);
    await expect(page.title()).resolves.toBe('Crypto Theft Tracker');
    const totals = page.getByRole('region', { name: 'Totals' });
    await totals.getByText(formatUsdCompact(all.totalUsd)).waitFor();
    await expect(totals.textContent()).resolves.toContain(formatCount(all.count));
    const chart = page.getByRole('figure', { name: 'Thefts over time' });
    await chart.locator('.timeline-bar').first().waitFor();
    expect(await chart.locator('.timeline-bar').count()).toBeGreaterThan(100);
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/foundation-${server}.png`,
      fullPage: true,
    });
    expect(errors, label).toEqual([]);
  });
});

it('keeps msw out of the production page: no request for a service worker or msw code', async () => {
  const { page } = await openPage(browser);
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(request.url()));
  await page.goto(`${inject('previewUrl')}/`);
  await page.getByRole('region', { name: 'Totals' }).waitFor();
  expect(scripts.filter((url) => /mockServiceWorker|msw/i.test(url))).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

it('asks for the dataset once, as the page starts (a preload the app then reads)', async () => {
  const { page, errors } = await openPage(browser);
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/incidents') requests.push(request.url());
  });
  await page.goto(`${inject('previewUrl')}/`);
  await page
    .getByRole('region', { name: 'Totals' })
    .getByText(formatUsdCompact(all.totalUsd))
    .waitFor();
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === '/api/incidents')
      .map((entry) => (entry instanceof PerformanceResourceTiming ? entry.initiatorType : '')),
  );
  expect(requests).toHaveLength(1);
  expect(entries).toEqual(['link']);
  expect(errors).toEqual([]);
});
