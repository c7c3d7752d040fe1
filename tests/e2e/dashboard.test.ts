import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, SCREENSHOT_DIR } from './browser';
import { figureOf, inMonths, isDprkAttributed } from '../support/shipped-data';
import { formatCount, formatUsdCompact } from '../../src/lib/format';

// Expected figures come from the shipped dataset, never written here.
const all = figureOf();
const february = figureOf(inMonths('2025-02', '2025-02'));
const dprk2025 = figureOf((i) => isDprkAttributed(i) && inMonths('2025-01', '2025-09')(i));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function stat(page: Page, label: string): Promise<string> {
  const totals = page.getByRole('region', { name: 'Totals' });
  return (await totals.locator('.stat', { hasText: label }).locator('dd').textContent()) ?? '';
}

async function waitForStat(page: Page, label: string, expected: string) {
  await page.waitForFunction(
    ([name, value]) =>
      [...document.querySelectorAll('.stat')].some(
        (el) =>
          el.querySelector('dt')?.textContent === name &&
          el.querySelector('dd')?.textContent?.startsWith(value ?? ''),
      ),
    [label, expected],
  );
}

describe('the dashboard in Chromium (production build)', () => {
  it('reproduces a shared DPRK view, drills into February 2025 from the chart, and goes back', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('previewUrl')}/?from=2025-01&to=2025-09&attribution=DPRK`);
    await waitForStat(page, 'Incidents', formatCount(dprk2025.count));
    expect(await stat(page, 'Total stolen')).toMatch(
      new RegExp(`^\\${formatUsdCompact(dprk2025.totalUsd)}`),
    );

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await waitForStat(page, 'Incidents', formatCount(all.count));
    const chart = page.getByRole('figure', { name: 'Thefts over time' });
    await chart.locator('.timeline-bar').first().waitFor();
    await chart.scrollIntoViewIfNeeded(); // as a person scrolls to it: the mouse clicks what is shown
    // February 2025 (Bybit) is the tallest bar of the whole timeline.
    const boxes = await chart.locator('.timeline-bar').evaluateAll((bars) =>
      bars.map((bar) => {
        const box = bar.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + 2, top: box.y };
      }),
    );
    const tallest = boxes.reduce((best, box) => (box.top < best.top ? box : best));
    await page.mouse.click(tallest.x, tallest.y);
    await waitForStat(page, 'Incidents', formatCount(february.count));
    expect(await stat(page, 'Total stolen')).toMatch(
      new RegExp(`^\\${formatUsdCompact(february.totalUsd)}`),
    );
    expect(new URL(page.url()).search).toBe('?from=2025-02&to=2025-02');
    await page
      .getByRole('region', { name: 'Incidents' })
      .getByText(`${february.count} of ${formatCount(all.count)} incidents`)
      .waitFor();

    await page.goBack();
    await waitForStat(page, 'Incidents', formatCount(all.count));
    expect(new URL(page.url()).search).toBe('');
    await page.goBack();
    await waitForStat(page, 'Incidents', formatCount(dprk2025.count));
    expect(errors).toEqual([]);
  });

  it.each([375, 1024, 1440])(
    'lays out the full page at %i px with no horizontal scroll',
    async (width) => {
      const { page, errors } = await openPage(browser, { width, height: 900 });
      await page.goto(`${inject('previewUrl')}/?from=2025-01&to=2025-09&attribution=DPRK`);
      await waitForStat(page, 'Incidents', formatCount(dprk2025.count));
      await page.locator('.timeline-bar').first().waitFor();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/dashboard-${width}.png`, fullPage: true });
      expect(errors).toEqual([]);
    },
  );

  it('draws the timeline first on the first load, then the panels further down', async () => {
    const { page, errors } = await openPage(browser);
    // When each part first appears in the DOM, in the page's own clock.
    await page.addInitScript(() => {
      const seen: Record<string, number> = {};
      Reflect.set(window, '__seen', seen);
      const parts = { timeline: '.timeline-bar', later: '.later-panels .recharts-surface' };
      new MutationObserver(() => {
        for (const [name, selector] of Object.entries(parts)) {
          if (seen[name] === undefined && document.querySelector(selector)) {
            seen[name] = performance.now();
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${inject('previewUrl')}/`);
    await page.locator('.later-panels .recharts-surface').first().waitFor();
    const seen = await page.evaluate(() => Reflect.get(window, '__seen') as Record<string, number>);
    expect(seen.timeline).toBeDefined();
    expect(seen.timeline).toBeLessThan(seen.later ?? 0);
    expect(errors).toEqual([]);
  });

  it('opens an incident from the table and shows every source link in its detail panel', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${inject('previewUrl')}/?q=bybit`);
    const table = page.getByRole('region', { name: 'Incidents' });
    await table.getByRole('button', { name: 'Bybit' }).first().click();
    const detail = page.getByRole('dialog');
    await detail.waitFor();
    expect(new URL(page.url()).searchParams.get('incident')).toMatch(/bybit/);
    const links = detail.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.getAttribute('target')).toBe('_blank');
    }
  });
});
