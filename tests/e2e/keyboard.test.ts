import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { figureOf, inMonths } from '../support/shipped-data';
import { formatCount } from '../../src/lib/format';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** What a screen reader would call the focused element (its aria-label, else its text). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });
}

/** Presses Tab until the focused element's name matches; fails after `max` presses. */
async function tabTo(page: Page, name: string | RegExp, max = 250): Promise<void> {
  const seen: string[] = [];
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
    seen.push(current);
  }
  throw new Error(`Tab never reached “${String(name)}”; last: ${seen.slice(-5).join(' | ')}`);
}

describe('the dashboard with the keyboard only (Chromium, production build)', () => {
  it('drills into February 2025, opens and closes an export menu and the detail panel', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('previewUrl')}/?lang=en`);
    await page.locator('.timeline-bar').first().waitFor();

    // The 2025 preset, then the timeline's data table, then its February 2025 button.
    await tabTo(page, '2025');
    await page.keyboard.press('Enter');
    await page.waitForURL(/from=2025-01&to=2025-12/);
    await tabTo(page, 'Data table: Thefts over time');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Thefts over time data' }).waitFor(); // built when opened
    await tabTo(page, 'Show February 2025');
    await page.keyboard.press('Enter');
    await page.waitForURL(/from=2025-02&to=2025-02/);
    const incidents = page.locator('.stat', { hasText: 'Incidents' }).locator('dd');
    // The count, then (a month range being compared) the change against January.
    const count = formatCount(figureOf(inMonths('2025-02', '2025-02')).count);
    await expect.poll(() => incidents.textContent()).toMatch(new RegExp(`^${count}(?!\\d)`));

    // An export menu opens with Enter and closes with Escape, focus back on its button.
    await tabTo(page, 'Export Thefts over time');
    await page.keyboard.press('Enter');
    await page.getByRole('menu', { name: 'Export Thefts over time' }).waitFor();
    expect(await focusedName(page)).toBe('PNG image');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Export Thefts over time');

    // The detail panel opens from the table's first row and closes with Escape.
    await tabTo(page, 'Bybit');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Bybit' });
    await dialog.waitFor();
    expect(await focusedName(page)).toBe('Bybit');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Bybit');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');

    // Focus is visible: the focused control draws an outline.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement ?? document.body).outlineStyle,
    );
    expect(outline).not.toBe('none');
    expect(errors).toEqual([]);
  });
});
