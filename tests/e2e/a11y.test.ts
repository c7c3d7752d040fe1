import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the test driver, which the page's Content Security Policy does not restrict.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{ violations: AxeViolation[]; passes: unknown[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    if (result.passes.length === 0) throw new Error('axe-core checked nothing');
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  });
}

function serious(violations: AxeViolation[], label = '') {
  const counts: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations)
    counts[v.impact ?? 'unknown'] = (counts[v.impact ?? 'unknown'] ?? 0) + 1;
  const byImpact = violations.map((v) => `${v.impact ?? 'unknown'}: ${v.id}`);
  console.log(
    `axe ${label}: ${Object.entries(counts)
      .map(([impact, n]) => `${impact} ${n}`)
      .join(', ')} (${byImpact.join(', ') || 'none'})`,
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function ready(page: Page) {
  await page.getByRole('region', { name: /^(Totals|Totaux)$/ }).waitFor();
  await page.locator('.recharts-surface').first().waitFor();
}

const SCHEMES = ['light', 'dark'] as const;

describe.each(SCHEMES)('accessibility (axe-core) in Chromium, production build, %s', (scheme) => {
  async function open() {
    const opened = await openPage(browser);
    await opened.page.emulateMedia({ colorScheme: scheme });
    return opened;
  }

  it.each([
    ['default', '/'],
    ['filtered', '/?from=2025-01&to=2025-09&attribution=DPRK'],
    ['empty', '/?q=no-such-incident-anywhere'],
    ['French', '/?lang=fr&from=2025-01&to=2025-09'],
  ])('has no serious or critical violations in the %s state', async (state, path) => {
    const { page } = await open();
    await page.goto(`${inject('previewUrl')}${path}`);
    if (path.includes('no-such')) {
      await page.getByRole('region', { name: 'Totals' }).waitFor();
    } else {
      await ready(page);
    }
    const violations = await runAxe(page);
    expect(serious(violations, `${scheme} ${state}`)).toEqual([]);
  });

  it('has no serious or critical violations while the panels load, and after', async () => {
    const { page } = await open();
    // Hold the data back, so the loading state is there for as long as the check takes.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/incidents', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${inject('previewUrl')}/?lang=fr`);
    await page.locator('.loading-panels').first().waitFor();
    expect(serious(await runAxe(page), `${scheme} loading`)).toEqual([]);
    release();
    await ready(page);
    await page.locator('.later-panels[aria-busy="false"]').waitFor();
    await page.locator('.loading-panels').waitFor({ state: 'detached' });
    expect(serious(await runAxe(page), `${scheme} loaded`)).toEqual([]);
  });

  it('has no serious or critical violations with the detail panel open', async () => {
    const { page } = await open();
    await page.goto(`${inject('previewUrl')}/?q=bybit`);
    await ready(page);
    await page
      .getByRole('region', { name: 'Incidents' })
      .getByRole('button', { name: 'Bybit' })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    expect(serious(await runAxe(page), `${scheme} detail`)).toEqual([]);
  });

  it('has no serious or critical violations when the endpoint fails', async () => {
    const { page } = await open();
    await page.route('**/api/incidents', (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto(`${inject('previewUrl')}/`);
    await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor();
    expect(serious(await runAxe(page), `${scheme} error`)).toEqual([]);
  });

  it('has no serious or critical violations with the other theme chosen in the header', async () => {
    const { page } = await open();
    await page.goto(`${inject('previewUrl')}/`);
    await ready(page);
    const other = scheme === 'light' ? 'dark' : 'light';
    await page.getByLabel('Theme').selectOption(other);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(other);
    const panel = await page.evaluate(
      () => getComputedStyle(document.querySelector('.panel') ?? document.body).backgroundColor,
    );
    expect(panel).toBe(other === 'dark' ? 'rgb(24, 32, 43)' : 'rgb(255, 255, 255)');
    expect(serious(await runAxe(page), `${scheme} system, ${other} chosen`)).toEqual([]);
    // The choice is kept in this browser, not in the link.
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(other);
    expect(page.url()).not.toContain('theme=');
  });
});
