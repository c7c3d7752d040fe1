import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shippedIncidents } from '../support/shipped-data';
import { launchBrowser, openPage } from './browser';

// The timeline's labels of its largest incidents, drawn by Chromium: clear of each other and of
// the bars at a phone's, a laptop's and a desktop's width, and carried into the exported SVG;
// and its share view, where every bar is a whole.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const PERIOD_OF = {
  monthly: (date: string) => date.slice(0, 7),
  yearly: (date: string) => date.slice(0, 4),
};

/**
 * The names the chart should write: the largest incident of each of the three bars named, each
 * followed by its amount (formatted by the browser, whose compact format Node's may not match).
 */
function expectedNames(mode: keyof typeof PERIOD_OF): string[] {
  const named = new Set<string>();
  const labels: string[] = [];
  for (const incident of [...shippedIncidents].sort((a, b) => b.amountUsd - a.amountUsd)) {
    const period = PERIOD_OF[mode](incident.date);
    if (labels.length === 3 || named.has(period)) continue;
    named.add(period);
    const name = incident.name.length > 24 ? `${incident.name.slice(0, 23)}…` : incident.name;
    labels.push(name);
  }
  return labels;
}

async function open(page: Page, path: string) {
  await page.goto(`${inject('previewUrl')}${path}`);
  const figure = page.getByRole('figure', { name: 'Thefts over time' });
  await figure.locator('.timeline-bars').waitFor({ state: 'attached' });
  return figure;
}

/** The labels' texts, the numbered legend's and the bars, in page pixels. */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, text: element.textContent ?? '' };
    };
    const svg = document.querySelector('.timeline-bars')?.closest('svg');
    if (!svg) throw new Error('no timeline svg');
    return {
      labels: [...svg.querySelectorAll('.timeline-label-text')].map(box),
      legend: [...svg.querySelectorAll('.timeline-label-legend')].map(box),
      bars: [...svg.querySelectorAll('.timeline-bar')].map(box),
      svg: box(svg),
    };
  });
}

/** `Bybit $1.46B`: the text, then a compact amount. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const amountAfter = (text: string) => new RegExp(`^${escape(text)} \\$\\d+(\\.\\d+)?[KMB]?$`);

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectApart(boxes: readonly Box[], others: readonly Box[]) {
  boxes.forEach((box, at) => {
    for (const other of boxes.slice(at + 1)) expect(overlap(box, other)).toBe(false);
    for (const other of others) expect(overlap(box, other)).toBe(false);
  });
}

const inside = (box: Box, outer: Box) =>
  box.x >= outer.x - 0.5 &&
  box.x + box.width <= outer.x + outer.width + 0.5 &&
  box.y >= outer.y - 0.5 &&
  box.y + box.height <= outer.y + outer.height + 0.5;

describe('the timeline names its largest incidents (Chromium)', () => {
  it.each([
    [375, 'yearly'],
    [375, 'monthly'],
    [1024, 'yearly'],
    [1024, 'monthly'],
    [1440, 'yearly'],
    [1440, 'monthly'],
  ] as const)(
    'keeps the labels clear of each other and of the bars at %i px (%s)',
    async (width, mode) => {
      const { page, errors } = await openPage(browser, { width, height: 900 });
      await open(page, mode === 'yearly' ? '/?mode=yearly' : '/');
      const { labels, legend, bars, svg } = await drawn(page);
      const expected = expectedNames(mode);
      expect(expected).toHaveLength(3);
      if (width < 560) {
        // A phone: numbers over the bars, the names listed under the axis.
        expect(labels.map((label) => label.text)).toEqual(['1', '2', '3']);
        expect(legend.map((row) => row.text)).toEqual(
          expected.map((name, at) => expect.stringMatching(amountAfter(`${at + 1}. ${name}`))),
        );
        expectApart(legend, bars);
      } else {
        expect(labels.map((label) => label.text)).toEqual(
          expected.map((name) => expect.stringMatching(amountAfter(name))),
        );
        expect(legend).toEqual([]);
      }
      expectApart(labels, [...bars, ...legend]);
      for (const label of [...labels, ...legend]) expect(inside(label, svg)).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('fits the French names under the axis of a 375 px phone, clear of the bars', async () => {
    const { page, errors } = await openPage(browser, { width: 375, height: 900 });
    await page.goto(`${inject('previewUrl')}/?lang=fr&measure=share`);
    const figure = page.getByRole('figure', { name: 'Vols au fil du temps' });
    await figure.locator('.timeline-bars').waitFor({ state: 'attached' });
    const { labels, legend, bars, svg } = await drawn(page);
    expect(legend.map((row) => row.text)).toEqual(
      expectedNames('monthly').map((name, at) =>
        expect.stringMatching(new RegExp(`^${at + 1}\\. ${escape(name)} \\d`)),
      ),
    );
    expectApart(labels, [...bars, ...legend]);
    expectApart(legend, bars);
    for (const label of [...labels, ...legend]) expect(inside(label, svg)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reaches each label with the Tab key, named for screen readers', async () => {
    const { page } = await openPage(browser, { width: 1024, height: 900 });
    const figure = await open(page, '/?mode=yearly');
    await figure.locator('.recharts-surface').focus();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect.poll(() => focused.getAttribute('class')).toBe('timeline-label');
    expect(await focused.getAttribute('aria-label')).toMatch(
      /^Largest incident 1: .+, in the bar of \d{4}$/,
    );
    await page.context().close();
  });

  it('carries the labels into the exported SVG, and leaves them out when switched off', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 900 });
    const figure = await open(page, '/?mode=yearly');
    const exportSvg = async () => {
      await figure.getByRole('button', { name: 'Export Thefts over time' }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menu').getByRole('menuitem', { name: 'SVG image' }).click(),
      ]);
      const path = await file.path();
      const { readFileSync } = await import('node:fs');
      return readFileSync(path, 'utf8');
    };
    const withLabels = await exportSvg();
    const names = expectedNames('yearly');
    for (const name of names)
      expect(withLabels).toMatch(new RegExp(`>${escape(name)} \\$[\\d.]+[KMB]?</text>`));
    await figure.getByRole('switch', { name: 'Label the largest incidents' }).click();
    await page.waitForURL(/labels=off/);
    const without = await exportSvg();
    expect(without).not.toContain('timeline-label');
    for (const name of names) expect(without).not.toMatch(new RegExp(`>${escape(name)} \\$`));
    await page.context().close();
  });
});

describe('the timeline’s share view (Chromium)', () => {
  it('stacks each year with thefts to the full height of 100%', async () => {
    const { page, errors } = await openPage(browser, { width: 1024, height: 900 });
    const figure = await open(page, '/?mode=yearly&measure=share&labels=off');
    await expect
      .poll(() => figure.getByRole('button', { name: 'DPRK share' }).getAttribute('aria-pressed'))
      .toBe('true');
    const { bars } = await drawn(page);
    const columns = new Map<string, { top: number; bottom: number }>();
    for (const bar of bars) {
      const key = bar.x.toFixed(1);
      const seen = columns.get(key);
      columns.set(key, {
        top: Math.min(seen?.top ?? Infinity, bar.y),
        bottom: Math.max(seen?.bottom ?? -Infinity, bar.y + bar.height),
      });
    }
    const years = new Set(shippedIncidents.map((incident) => incident.date.slice(0, 4)));
    expect(columns.size).toBe(years.size);
    const hundred = await page.evaluate(() => {
      // Recharts draws the tick marks and their labels in two groups, in the same order.
      const labels = [...document.querySelectorAll('.recharts-yAxis-tick-labels text')];
      const at = labels.findIndex((label) => label.textContent === '100%');
      const line = document.querySelectorAll('.recharts-yAxis-tick-lines line')[at];
      return line ? line.getBoundingClientRect().y : null;
    });
    expect(hundred).not.toBeNull();
    const axis = Math.max(...[...columns.values()].map((column) => column.bottom));
    for (const column of columns.values()) {
      expect(Math.abs(column.top - (hundred ?? 0))).toBeLessThan(1);
      expect(Math.abs(column.bottom - axis)).toBeLessThan(1);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
