import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formattersFor } from '../../src/lib/format';
import { launchBrowser, openPage } from './browser';
import dataset from '../../mocks/data/incidents.json';
import { figureOf, inMonths, isDprkAttributed } from '../support/shipped-data';

// "Open this scope" beside a published figure under the Totals: a person types the months of a
// DPRK estimate, picks DPRK, then follows the link; the view is the estimate's scope, in the URL
// and on screen, in the page's language.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const estimate = dataset.meta.publishedEstimates.find(
  (e) => e.metric === 'DPRK stolen' && e.periodStart !== null,
);
if (!estimate?.periodStart) throw new Error('The shipped data has no dated DPRK estimate');
const from = estimate.periodStart.slice(0, 7);
const to = estimate.periodEnd.slice(0, 7);
const inScope = figureOf((i) => inMonths(from, to)(i) && isDprkAttributed(i));

const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

async function totalStolenText(page: Page): Promise<string> {
  const totals = page.getByRole('region', { name: /^(Totals|Totaux)$/ });
  return (await totals.locator('.stat').first().locator('dd').textContent()) ?? '';
}

describe.each([
  {
    locale: 'en' as const,
    lang: '',
    fromLabel: 'From month',
    toLabel: 'To month',
    published: 'Published figures for this period',
    link: 'Open this scope',
    mode: 'Chart period',
    yearly: 'Yearly',
    dprkChip: 'Attributed to DPRK',
  },
  {
    locale: 'fr' as const,
    lang: 'fr',
    fromLabel: 'De (mois)',
    toLabel: 'À (mois)',
    published: 'Chiffres publiés pour cette période',
    link: 'Ouvrir cette période',
    mode: 'Période du graphique',
    yearly: 'Par an',
    dprkChip: 'Attribués à la RPDC',
  },
])('"Open this scope" beside the published figure ($locale)', (c) => {
  it('opens the view of the estimate: its months and DPRK, in the URL and on screen', async () => {
    const f = formattersFor(c.locale);
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('previewUrl')}/${c.lang ? `?lang=${c.lang}` : ''}`);
    await expect.poll(() => totalStolenText(page)).toContain(f.formatUsd(figureOf().totalUsd));

    await page.getByLabel(c.fromLabel, { exact: true }).click();
    await page.keyboard.type(from, { delay: 20 });
    await page.getByLabel(c.toLabel, { exact: true }).click();
    await page.keyboard.type(to, { delay: 20 });
    await page.getByRole('combobox', { name: /^Attribution/ }).selectOption('DPRK');
    await expect.poll(() => query(page).attribution).toBe('DPRK');
    // Something outside the scope, that the scope's link leaves behind: the yearly chart mode.
    await page.getByRole('group', { name: c.mode }).getByRole('button', { name: c.yearly }).click();
    await expect.poll(() => query(page).mode).toBe('yearly');

    const published = page.getByRole('region', { name: c.published });
    const link = published.getByRole('link', { name: c.link }).first();
    await link.click();

    await expect
      .poll(() => query(page))
      .toEqual({
        from,
        to,
        attribution: 'DPRK',
        ...(c.lang ? { lang: c.lang } : {}),
      });
    await expect.poll(() => totalStolenText(page)).toContain(f.formatUsd(inScope.totalUsd));
    const chips = page.locator('.chips');
    await expect.poll(() => chips.textContent()).toContain(f.formatMonthShort(from));
    expect(await chips.textContent()).toContain(f.formatMonthShort(to));
    expect(await chips.textContent()).toContain(c.dprkChip);
    expect(await page.getByRole('combobox', { name: /^Attribution/ }).inputValue()).toBe('DPRK');
    expect(await published.textContent()).toContain(f.formatUsdCompact(estimate.amountUsd));
    expect(errors).toEqual([]);
    await page.close();
  });
});
