import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import dataset from '../../mocks/data/incidents.json';
import { launchBrowser, SCREENSHOT_DIR } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The month with the most stolen in the shipped data, computed here. */
function tallestMonth(): string {
  const byMonth = new Map<string, number>();
  for (const incident of dataset.incidents) {
    const month = incident.date.slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + incident.amountUsd);
  }
  return [...byMonth].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

async function openPhone(path = '/'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(`${inject('previewUrl')}${path}`);
  await page.getByRole('region', { name: 'Totals' }).waitFor();
  return page;
}

const inViewport = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top > -2 && box.top < window.innerHeight; // sub-pixel scroll positions
    });

describe('the dashboard on a 375 px phone (Chromium, touch)', () => {
  it('shows the totals and chips on the first screen, the filters behind one button', async () => {
    const page = await openPhone('/?from=2025-01&to=2025-09&attribution=DPRK');
    expect(await inViewport(page, '.totals')).toBe(true);
    const toggle = page.getByRole('button', { name: 'Filters (2 active)' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('From month', { exact: true }).isVisible()).toBe(false);
    await toggle.tap();
    expect(await page.getByLabel('From month', { exact: true }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-filters-open.png` });
    await page.context().close();
  });

  it('shows Date, Name and Amount of the table without scrolling sideways', async () => {
    const page = await openPhone();
    const table = page.locator('.incidents-table');
    await table.locator('tbody tr').first().waitFor();
    const right = await page.evaluate(() => document.documentElement.clientWidth);
    for (const name of ['Date', 'Name', 'Amount (USD)']) {
      const header = table.getByRole('columnheader', {
        name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`),
      });
      await header.scrollIntoViewIfNeeded();
      const box = await header.boundingBox();
      expect(box && box.x + box.width <= right, `${name} fits on screen`).toBe(true);
    }
    await page.context().close();
  });

  it('closes the tooltip of a tapped bar once the view narrows to its month', async () => {
    const page = await openPhone();
    const chart = page.getByRole('figure', { name: 'Thefts over time' });
    await chart.locator('.timeline-bar').first().waitFor();
    await chart.scrollIntoViewIfNeeded();
    const boxes = await chart.locator('.timeline-bar').evaluateAll((bars) =>
      bars.map((bar) => {
        const box = bar.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + 2, top: box.y };
      }),
    );
    const tallest = boxes.reduce((best, box) => (box.top < best.top ? box : best));
    await page.touchscreen.tap(tallest.x, tallest.y);
    const month = tallestMonth();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(month);
    await page.waitForTimeout(300); // a frame or two for a tooltip that would stay
    const tooltip = chart.locator('.chart-tooltip');
    expect(await tooltip.isVisible()).toBe(false);
    await page.context().close();
  });

  it('brings the incident detail into view with the focus in it', async () => {
    const page = await openPhone();
    // The largest incident's bar, far above the table the detail opens under.
    const largest = page.getByRole('figure', { name: 'Largest incidents' });
    const bar = largest.locator('.recharts-bar-rectangle path').first();
    await bar.waitFor();
    await bar.scrollIntoViewIfNeeded();
    await bar.tap();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => inViewport(page, '.incident-detail')).toBe(true);
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.context().close();
  });
});
