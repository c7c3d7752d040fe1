import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, SCREENSHOT_DIR } from './browser';
import { figureOf, inMonths, shippedIncidents } from '../support/shipped-data';
import { formatCount, formatUsdCompact } from '../../src/lib/format';

// Expected figures come from the shipped dataset, never written here.
const bybit = shippedIncidents.find((i) => i.name === 'Bybit' && i.date.startsWith('2025'));
const in2025 = inMonths('2025-01', '2025-12');
const year = figureOf(in2025);
const withoutBybit = figureOf((i) => in2025(i) && i.id !== bybit?.id);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

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

describe('excluding an incident in Chromium (production build)', () => {
  it('excludes Bybit from its detail panel on a phone: the total drops by its amount, the chip shows, reload keeps it', async () => {
    expect(bybit).toBeDefined();
    const { page, errors } = await openPage(browser, { width: 375, height: 800 });
    await page.goto(`${inject('previewUrl')}/?from=2025-01&to=2025-12`);
    await waitForStat(page, 'Total stolen', formatUsdCompact(year.totalUsd));
    const searchBox = page.getByRole('searchbox', { name: 'Search incidents' });
    if (!(await searchBox.isVisible())) {
      await page.getByRole('button', { name: /^Filters/ }).click();
    }
    await searchBox.click();
    await page.keyboard.type('Bybit');
    const table = page.getByRole('table', { name: 'Incidents' });
    await table.getByRole('button', { name: 'Bybit', exact: true }).click();
    await searchBox.fill('');
    const dialog = page.getByRole('dialog', { name: 'Bybit' });
    await dialog.getByRole('button', { name: 'Exclude from the figures' }).click();

    await waitForStat(page, 'Total stolen', formatUsdCompact(withoutBybit.totalUsd));
    await waitForStat(page, 'Incidents', formatCount(withoutBybit.count));
    const chip = page.getByRole('button', { name: 'Remove filter: Excluding Bybit' });
    await chip.waitFor();
    expect(new URL(page.url()).searchParams.getAll('exclude')).toEqual([bybit?.id]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/exclude-bybit-phone.png`, fullPage: false });

    await page.reload();
    await waitForStat(page, 'Total stolen', formatUsdCompact(withoutBybit.totalUsd));
    await chip.waitFor();
    await chip.click();
    await waitForStat(page, 'Total stolen', formatUsdCompact(year.totalUsd));
    expect(new URL(page.url()).searchParams.getAll('exclude')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
