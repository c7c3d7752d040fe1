import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  HOSTILE,
  HOSTILE_INVALID_ROWS,
  HOSTILE_VALID_ROWS,
  hostileResponse,
} from '../../mocks/fixtures/hostile-incidents';
import { contentSecurityPolicy } from '../../vite.config';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Opens the production build with `/api/incidents` answering `body`; records CSP violations. */
async function openWithDataset(body: unknown, path = '/') {
  const opened = await openPage(browser);
  const { page } = opened;
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { __cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.route('**/api/incidents', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }),
  );
  await page.goto(`${inject('previewUrl')}${path}`);
  return opened;
}

const cspViolations = (page: Page) => page.evaluate(() => Reflect.get(window, '__cspViolations'));
const isPwned = (page: Page) => page.evaluate(() => 'pwned' in window || '__pwned' in window);

/** Hovers every bar of every chart, so each tooltip renders. */
async function hoverEveryBar(page: Page) {
  const bars = page.locator('.timeline-bar, .recharts-bar-rectangle');
  const count = await bars.count();
  for (let at = 0; at < count; at += 1) await bars.nth(at).hover({ force: true });
  return count;
}

describe('the production build pointed at a hostile dataset (Chromium)', () => {
  it('shows hostile names as text, runs none of them, and reports the skipped rows', async () => {
    const { page, errors } = await openWithDataset(hostileResponse);
    const received = HOSTILE_VALID_ROWS.length + HOSTILE_INVALID_ROWS.length;

    const report = page.getByRole('alert').filter({ hasText: 'incidents were skipped' });
    await report
      .getByText(`${HOSTILE_INVALID_ROWS.length} of ${received} incidents were skipped`)
      .waitFor();
    await report.getByText('Show the skipped rows').click();
    const skippedTable = report.getByRole('table', { name: 'Skipped rows' });
    expect(await skippedTable.getByRole('row').count()).toBe(HOSTILE_INVALID_ROWS.length + 1);
    expect(await skippedTable.textContent()).toContain('must be an http(s) URL');

    const table = page.getByRole('region', { name: 'Incidents' });
    for (const row of HOSTILE_VALID_ROWS) {
      await table.getByRole('button', { name: row.name, exact: true }).waitFor();
    }

    const largest = page.getByRole('figure', { name: 'Largest incidents' });
    await largest.locator('.recharts-bar-rectangle').first().hover({ force: true });
    await expect(largest.locator('.recharts-tooltip-wrapper').textContent()).resolves.toContain(
      HOSTILE.imgName,
    );
    expect(await hoverEveryBar(page)).toBeGreaterThan(HOSTILE_VALID_ROWS.length);

    await table.getByRole('button', { name: HOSTILE.imgName, exact: true }).click();
    const detail = page.getByRole('dialog');
    await detail.waitFor();
    const detailText = await detail.textContent();
    for (const value of [HOSTILE.imgName, HOSTILE.technique, HOSTILE.attribution, HOSTILE.chain]) {
      expect(detailText).toContain(value);
    }
    await page.getByRole('heading', { name: 'About the data' }).click();
    await page.getByRole('table', { name: 'Sources' }).getByText(HOSTILE.imgName).waitFor();

    expect(await isPwned(page)).toBe(false);
    const injected = page.locator('img, iframe, object, embed, [onerror], [onload], [onmouseover]');
    expect(await injected.count()).toBe(0);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !/^(https?:\/\/|#)/.test(href))).toEqual([]);
    expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the Content Security Policy of the production build (Chromium)', () => {
  it('is set in a meta tag and lets the charts, tooltips and table work without violations', async () => {
    const { page, errors } = await openWithDataset(hostileResponse, '/?mode=yearly');
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    expect(await meta.getAttribute('content')).toBe(contentSecurityPolicy('/api/incidents'));
    await page
      .getByRole('figure', { name: 'Thefts over time' })
      .locator('.timeline-bar')
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Monthly' }).click();
    await hoverEveryBar(page);
    expect(await page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(4);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('blocks inline script, eval and inline style elements', async () => {
    const { page, errors } = await openWithDataset(hostileResponse);
    await page.getByRole('region', { name: 'Totals' }).waitFor();
    // Evaluated from a page task: code run directly by the test driver is exempt from CSP.
    const outcome = await page.evaluate(
      () =>
        new Promise((resolve) => {
          setTimeout(() => {
            const script = document.createElement('script');
            script.textContent = 'window.__pwned = "inline"';
            document.body.append(script);
            let evaluated = 'ran';
            try {
              new Function('window.__pwned = "eval"')();
            } catch {
              evaluated = 'blocked';
            }
            const style = document.createElement('style');
            style.textContent = 'body { visibility: hidden; }';
            document.head.append(style);
            resolve({
              pwned: Reflect.get(window, '__pwned'),
              evaluated,
              visibility: getComputedStyle(document.body).visibility,
            });
          }, 0);
        }),
    );
    expect(outcome).toEqual({ pwned: undefined, evaluated: 'blocked', visibility: 'visible' });
    const violations = await cspViolations(page);
    expect(violations).toEqual([
      expect.stringMatching(/^script-src-elem inline/),
      expect.stringMatching(/^script-src eval/),
      expect.stringMatching(/^style-src-elem inline/),
    ]);
    // Chromium reports each blocked action on the console; nothing else may be there.
    expect(errors.filter((error) => !/Content Security Policy/.test(error))).toEqual([]);
  });
});
