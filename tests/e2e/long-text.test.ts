import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeIncident } from '../../mocks/fixtures/make-incident';
import { incidentsResponse } from '../../mocks/fixtures/responses';
import { MAX_OPTION_LENGTH } from '../../src/domain/incident';
import { launchBrowser, openPage } from './browser';

// Long and strange text wraps or is cut with the full text available: a 1 MB incident name and a
// 300-character word (a name), and an attribution and a chain of one 200-character word, served by a hostile local endpoint, at
// phone and desktop widths. No part of the page scrolls sideways; the chip, the tooltip, the
// table cell and the detail carry the whole text; the detail's heading stays a few lines high.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const HUGE = 'Enormous name '.repeat(Math.ceil((1 << 20) / 14)).slice(0, 1 << 20);
const WORD = `Unbroken${'x'.repeat(292)}`;
/** An attribution and a chain as long as the contract allows, in one word too. */
const OPTION = `Unbroken${'y'.repeat(MAX_OPTION_LENGTH - 8)}`;
const ROWS = [
  makeIncident({ id: 'huge', date: '2025-03-10', name: HUGE, amountUsd: 9e8 }),
  makeIncident({
    id: 'word',
    date: '2025-04-02',
    name: WORD,
    amountUsd: 5e6,
    attribution: OPTION,
    chains: [OPTION],
  }),
];

async function openWith(width: number): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, { width, height: 900 });
  const body = JSON.stringify(incidentsResponse(ROWS));
  await opened.page.route('**/api/incidents', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await opened.page.goto(`${inject('previewUrl')}/`);
  await opened.page.getByRole('region', { name: 'Totals' }).waitFor();
  await opened.page.getByRole('figure', { name: 'Largest incidents' }).waitFor();
  return opened;
}

const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The element's title and accessible text, as lengths and prefixes (a 1 MB string stays here). */
function textsOf(locator: Locator) {
  return locator.evaluate((el) => ({
    title: el.getAttribute('title') ?? '',
    label: el.getAttribute('aria-label') ?? '',
    text: el.textContent ?? '',
  }));
}

/** The element's height in lines of its own font size (a 1 MB name at full height is thousands). */
function heightInEms(locator: Locator) {
  return locator.evaluate((el) => {
    const size = parseFloat(getComputedStyle(el).fontSize);
    return el.getBoundingClientRect().height / size;
  });
}

describe.each([375, 1440])('long text at %i px (Chromium)', (width) => {
  it('wraps or cuts every long text, with the full text in a title, a name or a block', async () => {
    const { page, errors } = await openWith(width);
    expect(await fitsWidth(page)).toBe(true);

    // The Totals summary names the largest incident (the 1 MB one) in a few lines.
    const largest = page.getByRole('region', { name: 'Totals' }).locator('.stat-link');
    expect((await textsOf(largest)).title).toBe(HUGE);
    expect(await heightInEms(largest)).toBeLessThan(6);

    // The chart tooltip: a few lines, as wide as the screen at most, the full name as its title.
    const figure = page.getByRole('figure', { name: 'Largest incidents' });
    const tooltipName = page.locator('.chart-tooltip .chart-tooltip-name').first();
    const bars = figure.locator('.recharts-bar-rectangle');
    for (let at = 0; at < (await bars.count()); at += 1) {
      await bars.nth(at).hover({ force: true });
      if ((await tooltipName.count()) > 0 && (await textsOf(tooltipName)).title === HUGE) break;
    }
    expect((await textsOf(tooltipName)).title).toBe(HUGE);
    expect(await heightInEms(tooltipName)).toBeLessThan(6);
    const tooltipBox = await page.locator('.chart-tooltip').first().boundingBox();
    expect(tooltipBox?.width).toBeLessThanOrEqual(width);
    await page.mouse.move(0, 0);

    // The table cell cuts the name with an ellipsis; its title holds all of it.
    const table = page.getByRole('region', { name: 'Incidents', exact: true });
    await table.getByRole('table').scrollIntoViewIfNeeded();
    const cell = table.locator('[data-incident-id="word"]');
    await cell.waitFor();
    expect((await textsOf(cell)).title).toBe(WORD);
    expect((await textsOf(table.locator('td span[title]').first())).title).toBe(OPTION);

    // The detail: the heading is clamped to a few lines; "Show full name" opens all of it.
    await table.locator('[data-incident-id="huge"]').click();
    const detail = page.getByRole('dialog');
    const heading = detail.getByRole('heading', { level: 3 });
    expect((await textsOf(heading)).title).toBe(HUGE);
    expect(await heightInEms(heading)).toBeLessThan(6);
    await detail.getByRole('button', { name: 'Show full name' }).click();
    const full = detail.getByRole('region', { name: 'Full name' });
    expect((await textsOf(full)).text).toBe(HUGE);
    expect(await full.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await heightInEms(full)).toBeLessThan(20);
    expect(await fitsWidth(page)).toBe(true);
    await detail.getByRole('button', { name: 'Hide full name' }).click();
    expect(await full.count()).toBe(0);
    await detail.getByRole('button', { name: 'Close' }).click();

    // A chip for the 300-character attribution: its title and accessible name hold all of it.
    const toggle = page.getByRole('button', { name: /^Filters/ });
    if (await toggle.isVisible()) await toggle.click();
    await page.getByRole('combobox', { name: /^Attribution/ }).selectOption(OPTION);
    const chip = page.getByRole('group', { name: 'Active filters' }).locator('.chip').first();
    await chip.waitFor();
    const chipTexts = await textsOf(chip);
    expect(chipTexts.title).toBe(`Attribution: ${OPTION}`);
    expect(chipTexts.label).toBe(`Remove filter: Attribution: ${OPTION}`);
    expect(chipTexts.text.length).toBeLessThan(OPTION.length);
    expect(await fitsWidth(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
