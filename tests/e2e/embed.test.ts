import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  embedSnippet,
  embedUrl,
  FALLBACK_HEIGHTS,
  type EmbedChart,
} from '../../src/lib/embed-snippet';
import { launchBrowser, openPage, SCREENSHOT_DIR } from './browser';

// Another site frames a chart: a page on another local port holds the snippet's <iframe> (its src
// the production build's embed.html) and the pasted script, as a host would paste them.

let browser: Browser;
let host: Server;
let hostOrigin: string;
/** The page each path of the host serves: the snippet, and a log of the messages received. */
const hostPages = new Map<string, string>();

beforeAll(async () => {
  browser = await launchBrowser();
  host = createServer((req, res) => {
    const page = hostPages.get(req.url ?? '');
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => host.close(resolve));
});

/** A host page with an article around the pasted snippet, at `path` on the host's port. */
function hostPage(path: string, snippet: string): string {
  hostPages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news site</title>
<link rel="icon" href="data:,"></head><body style="margin:0 8px">
<h1>An article about crypto thefts</h1>
<script>window.heights = []; window.addEventListener("message", (e) => heights.push(e.data));</script>
${snippet}
<p>The article goes on.</p></body></html>`,
  );
  return `${hostOrigin}${path}`;
}

async function embedFrame(page: Page): Promise<Frame> {
  await page.waitForSelector('iframe[data-ctt-embed]');
  const frame = await (await page.$('iframe[data-ctt-embed]'))?.contentFrame();
  if (!frame) throw new Error('the embed frame did not load');
  return frame;
}

const CASES: readonly {
  name: string;
  chart: EmbedChart;
  lang: 'en' | 'fr';
  width: number;
  title: string;
  credit: RegExp;
  back: string;
}[] = [
  {
    name: 'the timeline, English, on a desktop',
    chart: 'timeline',
    lang: 'en',
    width: 1280,
    title: 'Thefts over time',
    credit: /^Data: DeFiHackLabs.*Cite as: Crypto Theft Tracker/,
    back: 'Open the full view',
  },
  {
    name: 'the largest incidents, French, on a 375 px phone',
    chart: 'largest',
    lang: 'fr',
    width: 375,
    title: 'Plus gros incidents',
    credit: /^Données : DeFiHackLabs.*Citer : Crypto Theft Tracker/,
    back: 'Ouvrir la vue complète',
  },
];

describe('a chart embedded in another site', () => {
  it.each(CASES)('$name: the frame takes the height the embed posts', async (c) => {
    const dashboard = `${inject('previewUrl')}/?from=2024-01&to=2025-12&attribution=DPRK`;
    const src = embedUrl(dashboard, {
      chart: c.chart,
      theme: 'auto',
      lang: c.lang,
      pinnedVersion: null,
    });
    const url = hostPage(`/${c.chart}.html`, embedSnippet(src, c.chart, c.title));
    expect(new URL(url).origin).not.toBe(new URL(src).origin);
    const { page, errors } = await openPage(browser, { width: c.width, height: 800 });
    await page.goto(url);
    const frame = await embedFrame(page);
    const figure = frame.getByRole('figure', { name: c.title });
    await figure.locator('.recharts-wrapper svg').first().waitFor();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: unknown[] }).heights.length))
      .toBeGreaterThan(0);

    const contentHeight = () =>
      frame.evaluate(() =>
        Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0),
      );
    const frameHeight = () =>
      page.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0);
    await expect.poll(async () => (await frameHeight()) - (await contentHeight())).toBe(0);
    expect(await frameHeight()).not.toBe(FALLBACK_HEIGHTS[c.chart]);
    const messages = await page.evaluate(
      () => (window as unknown as { heights: unknown[] }).heights,
    );
    expect(messages.at(-1)).toEqual({
      type: 'ctt:height',
      chart: c.chart,
      height: await contentHeight(),
    });
    // No scroll bar inside the frame: all of it is in view.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(
      true,
    );

    await expect.poll(() => figure.getByRole('heading', { level: 2 }).textContent()).toBe(c.title);
    expect(await frame.locator('.embed-credit p').textContent()).toMatch(c.credit);
    const back = frame.getByRole('link', { name: c.back });
    expect(await back.getAttribute('target')).toBe('_top');
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/embed-${c.chart}-${c.width}.png`,
      fullPage: true,
    });

    // The link back opens the full view, with the same view, in place of the host page.
    await back.click();
    await page.waitForURL((target) => target.origin === new URL(dashboard).origin);
    const opened = new URL(page.url());
    expect(opened.pathname).toBe('/');
    expect(opened.searchParams.get('attribution')).toBe('DPRK');
    expect(opened.searchParams.get('lang')).toBe(c.lang);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works as copied from the dashboard’s Embed dialog (closed with Escape)', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${inject('previewUrl')}/?attribution=DPRK&lang=fr`);
    await page.getByRole('button', { name: 'Exporter Par catégorie' }).click();
    await page.getByRole('menuitem', { name: 'Intégrer' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Intégrer « Par catégorie » dans une autre page',
    });
    await dialog.getByRole('radio', { name: 'Sombre' }).check();
    await dialog.getByRole('radio', { name: /^Figé sur le jeu de données/ }).check();
    const snippet = await dialog.getByLabel('Code à coller dans votre page').inputValue();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await page.goto(hostPage('/pasted.html', snippet));
    const frame = await embedFrame(page);
    const figure = frame.getByRole('figure', { name: 'Par catégorie' });
    await figure.locator('.recharts-wrapper svg').first().waitFor();
    const contentHeight = () =>
      frame.evaluate(() =>
        Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0),
      );
    const frameHeight = () =>
      page.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0);
    await expect.poll(async () => (await frameHeight()) - (await contentHeight())).toBe(0);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await figure.textContent()).toContain('Vue : Attribués à la RPDC');
    const back = new URL(
      (await frame.getByRole('link', { name: 'Ouvrir la vue complète' }).getAttribute('href')) ??
        '',
    );
    expect(back.searchParams.get('dataset')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps its fixed height in a page that runs no script', async () => {
    const src = embedUrl(`${inject('previewUrl')}/`, {
      chart: 'category',
      theme: 'dark',
      lang: 'en',
      pinnedVersion: null,
    });
    const snippet = embedSnippet(src, 'category', 'By category');
    const url = hostPage('/no-script.html', snippet.slice(0, snippet.indexOf('<script>')));
    const { page, errors } = await openPage(browser);
    await page.goto(url);
    const frame = await embedFrame(page);
    await frame
      .getByRole('figure', { name: 'By category' })
      .locator('.recharts-wrapper svg')
      .first()
      .waitFor();
    const height = await page.evaluate(
      () => document.querySelector('iframe')?.getBoundingClientRect().height,
    );
    expect(height).toBe(FALLBACK_HEIGHTS.category);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The names beside the bars are drawn in the axis colour, not black on the dark panel.
    const tickFill = await frame.evaluate(() => {
      const tick = document.querySelector('.chart-tick');
      return tick ? getComputedStyle(tick).fill : null;
    });
    expect(tickFill).not.toBeNull();
    expect(tickFill).not.toBe('rgb(0, 0, 0)');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
