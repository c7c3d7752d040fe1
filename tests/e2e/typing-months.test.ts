import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import dataset from '../../mocks/data/incidents.json';
import { formattersFor } from '../../src/lib/format';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The total of the shipped dataset between two months (inclusive; null = open), computed here. */
function expectedTotal(from: string | null, to: string | null): number {
  const cents = dataset.incidents
    .filter(
      (i) =>
        (from === null || i.date.slice(0, 7) >= from) && (to === null || i.date.slice(0, 7) <= to),
    )
    .reduce((sum, i) => sum + Math.round(i.amountUsd * 100), 0);
  return cents / 100;
}

async function totalStolenText(page: Page): Promise<string> {
  return (
    (await page
      .getByRole('region', { name: /^(Totals|Totaux)$/ })
      .locator('.stat')
      .first()
      .locator('dd')
      .textContent()) ?? ''
  );
}

const query = (page: Page) => new URL(page.url()).searchParams;

interface Step {
  readonly key: string;
  readonly press?: boolean;
}

const MAR_2025: readonly Step[] = [
  ...[...'Mar'].map((key) => ({ key })),
  { key: 'ArrowRight', press: true },
  ...[...'2025'].map((key) => ({ key })),
];
const JUN_2025: readonly Step[] = [
  ...[...'Jun'].map((key) => ({ key })),
  { key: 'ArrowRight', press: true },
  ...[...'2025'].map((key) => ({ key })),
];

/** Types into a field one key at a time and checks the URL, the chip and the total after each. */
async function typeAndCheck(
  page: Page,
  label: string,
  steps: readonly Step[],
  expectAfter: (done: boolean) => { from: string | null; to: string | null },
  locale: 'en' | 'fr',
) {
  const f = formattersFor(locale);
  const historyLength = await page.evaluate(() => history.length);
  await page.getByLabel(label, { exact: true }).click();
  for (const [index, step] of steps.entries()) {
    if (step.press) await page.keyboard.press(step.key);
    else await page.keyboard.type(step.key);
    const { from, to } = expectAfter(index === steps.length - 1);
    await expect.poll(() => query(page).get('from')).toBe(from);
    expect(query(page).get('to')).toBe(to);
    const total = f.formatUsd(expectedTotal(from, to));
    await expect.poll(() => totalStolenText(page)).toContain(total);
    const chip = page.locator('.chips');
    if (from !== null)
      await expect.poll(() => chip.textContent()).toContain(f.formatMonthShort(from));
    if (to !== null) await expect.poll(() => chip.textContent()).toContain(f.formatMonthShort(to));
  }
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
}

describe.each([
  { locale: 'en' as const, width: 1440, fromLabel: 'From month', toLabel: 'To month', lang: '' },
  {
    locale: 'fr' as const,
    width: 375,
    fromLabel: 'De (mois)',
    toLabel: 'À (mois)',
    lang: '?lang=fr',
  },
])(
  'typing months key by key in Chromium ($locale, $width px)',
  ({ locale, width, fromLabel, toLabel, lang }) => {
    async function open() {
      const { page, errors } = await openPage(browser, { width, height: 900 });
      await page.goto(`${inject('previewUrl')}/${lang}`);
      await expect
        .poll(() => totalStolenText(page))
        .toContain(formattersFor(locale).formatUsd(expectedTotal(null, null)));
      if (width < 700) {
        const toggle = page.getByRole('button', { name: /^(Filters|Filtres)/ });
        if (await toggle.isVisible()) await toggle.click();
      }
      return { page, errors };
    }

    it('From then To: only complete months apply', async () => {
      const { page, errors } = await open();
      await typeAndCheck(
        page,
        fromLabel,
        MAR_2025,
        (done) => ({ from: done ? '2025-03' : null, to: null }),
        locale,
      );
      await typeAndCheck(
        page,
        toLabel,
        JUN_2025,
        (done) => ({ from: '2025-03', to: done ? '2025-06' : null }),
        locale,
      );
      expect(errors).toEqual([]);
      await page.close();
    });

    it('To then From: only complete months apply, with no swap on the way', async () => {
      const { page, errors } = await open();
      await typeAndCheck(
        page,
        toLabel,
        JUN_2025,
        (done) => ({ from: null, to: done ? '2025-06' : null }),
        locale,
      );
      await typeAndCheck(
        page,
        fromLabel,
        MAR_2025,
        (done) => ({ from: done ? '2025-03' : null, to: '2025-06' }),
        locale,
      );
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
