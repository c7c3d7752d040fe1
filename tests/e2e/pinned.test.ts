import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import firstKept from '../../mocks/data/versions/2026-11-29.json';
import { formattersFor } from '../../src/lib/format';
import { figuresOf, inMonths } from '../support/figures';
import { figureOf as currentFigure } from '../support/shipped-data';
import { launchBrowser, openPage, SCREENSHOT_DIR } from './browser';

// A link pinned to the first kept version of the dataset, against the production build: the
// version's file is served beside the endpoint; expected figures are worked out from that file.

const PINNED = '2026-11-29';
const pinned = figuresOf(firstKept.incidents);
const en = formattersFor('en');
const fr = formattersFor('fr');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The value of one Totals figure, once it starts with `expected`. */
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

async function statText(page: Page, label: string): Promise<string> {
  const totals = page.getByRole('region', { name: 'Totals' });
  return (await totals.locator('.stat', { hasText: label }).locator('dd').textContent()) ?? '';
}

const spaced = (text: string) => text.replace(/\s+/g, ' ');

describe('a link pinned to a dataset version (Chromium, production build)', () => {
  it("shows the pinned version's figures with the current total, and the live view shows today's", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('previewUrl')}/?dataset=${PINNED}`);
    await waitForStat(page, 'Incidents', en.formatCount(pinned.figureOf().count));
    await waitForStat(page, 'Total stolen', en.formatUsdCompact(pinned.figureOf().totalUsd));
    const notice = page.getByRole('status', { name: 'Dataset version' });
    await notice
      .getByText(
        `This view is pinned to the dataset of ${en.formatDate(PINNED)}; with the current dataset the total is ${en.formatUsdCompact(currentFigure().totalUsd)}.`,
      )
      .waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/pinned-2026-11-29.png` });

    await notice.getByRole('link', { name: 'Open the live view' }).click();
    await waitForStat(page, 'Incidents', en.formatCount(currentFigure().count));
    await waitForStat(page, 'Total stolen', en.formatUsdCompact(currentFigure().totalUsd));
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByRole('status', { name: 'Dataset version' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the pin while months are typed, the notice following the same months', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('previewUrl')}/?dataset=${PINNED}`);
    await waitForStat(page, 'Incidents', en.formatCount(pinned.figureOf().count));
    await page.getByLabel('From month', { exact: true }).click();
    await page.keyboard.type('2025-01');
    await page.getByLabel('To month', { exact: true }).click();
    await page.keyboard.type('2025-06');
    const months = inMonths('2025-01', '2025-06');
    await waitForStat(page, 'Incidents', en.formatCount(pinned.figureOf(months).count));
    expect(await statText(page, 'Total stolen')).toContain(
      en.formatUsd(pinned.figureOf(months).totalUsd),
    );
    const notice = page.getByRole('status', { name: 'Dataset version' });
    await notice.getByText('with the current dataset the total is').waitFor();
    const currentTotal = /the total is (\S+)\.$/.exec(
      (await notice.locator('p').textContent()) ?? '',
    );
    expect(new URL(page.url()).searchParams.get('dataset')).toBe(PINNED);
    // The permalink keeps the pin.
    await page.getByRole('button', { name: 'Cite' }).click();
    const full = await page.getByLabel('Full citation').inputValue();
    expect(full).toContain(`dataset of ${en.formatDate(PINNED)}`);
    expect(full).toContain(`from=2025-01&to=2025-06&dataset=${PINNED}`);
    await page.keyboard.press('Escape');

    // The live view of the same months shows the total the notice named (Chromium's own
    // compact form, which can differ from Node's: "$2.6B" against "$2.60B").
    await notice.getByRole('link', { name: 'Open the live view' }).click();
    await waitForStat(page, 'Incidents', en.formatCount(currentFigure(months).count));
    const live = await statText(page, 'Total stolen');
    expect(live).toContain(en.formatUsd(currentFigure(months).totalUsd));
    expect(currentTotal?.[1]).toBeDefined();
    expect(live.startsWith(currentTotal?.[1] ?? '?')).toBe(true);
    expect(new URL(page.url()).search).toBe('?from=2025-01&to=2025-06');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says it in French on a 375 px phone, within the screen', async () => {
    const { page, errors } = await openPage(browser, { width: 375, height: 740 });
    await page.goto(`${inject('previewUrl')}/?dataset=${PINNED}&lang=fr`);
    const notice = page.getByRole('status', { name: 'Version du jeu de données' });
    await notice
      .getByText(
        spaced(
          `Cette vue est figée sur le jeu de données du ${fr.formatDate(PINNED)} ; avec le jeu de données actuel, le total est de ${fr.formatUsdCompact(currentFigure().totalUsd)}.`,
        ),
      )
      .waitFor();
    const box = await notice.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.screenshot({ path: `${SCREENSHOT_DIR}/pinned-phone-fr.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the current data, naming the released versions, for a version never released', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${inject('previewUrl')}/?dataset=2020-01-01`);
    await waitForStat(page, 'Incidents', en.formatCount(currentFigure().count));
    await page
      .getByRole('status', { name: 'Dataset version' })
      .getByText(`which is not a released version (released: ${en.formatDate(PINNED)},`)
      .waitFor();
    await page.context().close();
  });
});
