import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, SCREENSHOT_DIR } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const WIDTHS = [375, 1024, 1440] as const;
const THEMES = ['light', 'dark'] as const;
const LANGUAGES = ['en', 'fr'] as const;

const CASES = WIDTHS.flatMap((width) =>
  THEMES.flatMap((theme) => LANGUAGES.map((lang) => [width, theme, lang] as const)),
);

describe('screenshots at phone, tablet and desktop widths, both themes, both languages', () => {
  it.each(CASES)('draws the dashboard at %i px, %s, %s', async (width, theme, lang) => {
    const { page, errors } = await openPage(browser, { width, height: 1000 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${inject('previewUrl')}/?lang=${lang}&from=2024-01&to=2025-12`);
    await page.locator('.timeline-bar').first().waitFor();
    await page.locator('.chart-summary').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('.panel') ?? document.body).backgroundColor,
    );
    expect(background).toBe(theme === 'dark' ? 'rgb(24, 32, 43)' : 'rgb(255, 255, 255)');
    const name = `${SCREENSHOT_DIR}/dashboard-${width}-${theme}-${lang}`;
    await page.screenshot({ path: `${name}.png` });
    // The charts, further down, with a tooltip open on the timeline.
    const timeline = page.locator('.chart-area').first();
    await timeline.scrollIntoViewIfNeeded();
    const box = await timeline.boundingBox();
    if (box) await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.6);
    await page.screenshot({ path: `${name}-charts.png` });
    expect(errors).toEqual([]);
  });
});
