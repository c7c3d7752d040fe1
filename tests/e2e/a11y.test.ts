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
  await page.addScriptTag({ content: AXE_SOURCE });
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

function serious(violations: AxeViolation[]) {
  const byImpact = violations.map((v) => `${v.impact ?? 'unknown'}: ${v.id}`);
  console.log(`axe violations by impact: ${byImpact.join(', ') || 'none'}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function ready(page: Page) {
  await page.getByRole('region', { name: 'Totals' }).waitFor();
  await page.locator('.recharts-surface').first().waitFor();
}

describe('accessibility (axe-core) in Chromium, production build', () => {
  it.each([
    ['default', '/'],
    ['filtered', '/?from=2025-01&to=2025-09&attribution=DPRK'],
    ['empty', '/?q=no-such-incident-anywhere'],
  ])('has no serious or critical violations in the %s state', async (_state, path) => {
    const { page } = await openPage(browser);
    await page.goto(`${inject('previewUrl')}${path}`);
    if (path.includes('no-such')) {
      await page.getByRole('region', { name: 'Totals' }).waitFor();
    } else {
      await ready(page);
    }
    const violations = await runAxe(page);
    expect(serious(violations)).toEqual([]);
  });

  it('has no serious or critical violations with the detail panel open', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${inject('previewUrl')}/?q=bybit`);
    await ready(page);
    await page
      .getByRole('region', { name: 'Incidents' })
      .getByRole('button', { name: 'Bybit' })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    expect(serious(await runAxe(page))).toEqual([]);
  });

  it('has no serious or critical violations when the endpoint fails', async () => {
    const { page } = await openPage(browser);
    await page.route('**/api/incidents', (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto(`${inject('previewUrl')}/`);
    await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor();
    expect(serious(await runAxe(page))).toEqual([]);
  });
});
