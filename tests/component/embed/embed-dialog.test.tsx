import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChartExport } from '../../../src/components/charts/chart-export';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import type { DatasetMeta } from '../../../src/domain/incident';
import { ChartExportMenu } from '../../../src/features/export/chart-export-menu';
import type { Locale } from '../../../src/lib/format';
import { I18nProvider } from '../../../src/lib/i18n/i18n';

const meta: DatasetMeta = {
  count: 3,
  firstDate: '2024-01-05',
  lastDate: '2025-09-30',
  generatedAt: '2026-12-01T00:00:00Z',
  version: '2026-11-30',
  sources: [],
  publishedEstimates: [],
};

function chart(embed: ChartExport['embed'], title: string): ChartExport {
  return {
    title,
    slug: 'chart',
    description: 'A chart.',
    legend: [],
    isEmpty: false,
    table: () => ({ columns: [], rows: [] }),
    findSvg: () => null,
    measureWidth: () => 800,
    drawAt: () => Promise.reject(new Error('not drawn in this test')),
    embed,
  };
}

function renderMenu(locale: Locale, exported: ChartExport, version = meta.version) {
  window.history.replaceState(null, '', '/?from=2025-01&to=2025-03&attribution=DPRK&sort=name-asc');
  render(
    <I18nProvider locale={locale}>
      <ChartExportMenu
        chart={exported}
        context={{
          filters: EMPTY_FILTERS,
          generatedOn: '2026-12-02',
          meta: { ...meta, version },
          locale,
        }}
      />
    </I18nProvider>,
  );
}

/** The `<iframe>` the snippet holds, as a browser would read it. */
function frameOf(code: HTMLElement) {
  const host = document.createElement('div');
  host.innerHTML = (code as HTMLTextAreaElement).value;
  const frame = host.querySelector('iframe');
  if (!frame) throw new Error('the snippet has no iframe');
  return { src: new URL(frame.src), title: frame.title, height: frame.getAttribute('height') };
}

describe('the Embed item of a chart’s export menu', () => {
  it('opens the code for the chart with the view, and follows the options chosen', async () => {
    const user = userEvent.setup();
    renderMenu('en', chart('largest', 'Largest incidents'));
    await user.click(screen.getByRole('button', { name: 'Export Largest incidents' }));
    await user.click(screen.getByRole('menuitem', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Embed “Largest incidents” in another page',
    });
    const code = within(dialog).getByLabelText('Code to paste into your page');
    let frame = frameOf(code);
    expect(frame.src.pathname).toBe('/embed.html');
    expect(Object.fromEntries(frame.src.searchParams)).toEqual({
      chart: 'largest',
      from: '2025-01',
      to: '2025-03',
      attribution: 'DPRK',
      lang: 'en',
    });
    expect(frame.title).toBe('Largest incidents, from Crypto Theft Tracker');
    expect(Number(frame.height)).toBeGreaterThan(0);
    expect(within(dialog).getByText(new RegExp(`frame ${frame.height} pixels tall`))).toBeVisible();

    await user.click(within(dialog).getByRole('radio', { name: 'Dark' }));
    await user.click(within(dialog).getByRole('radio', { name: 'French' }));
    await user.click(
      within(dialog).getByRole('radio', { name: 'Pinned to the dataset of 30 Nov 2026' }),
    );
    frame = frameOf(code);
    expect(frame.src.searchParams.get('theme')).toBe('dark');
    expect(frame.src.searchParams.get('lang')).toBe('fr');
    expect(frame.src.searchParams.get('dataset')).toBe('2026-11-30');
    // The frame's title is in the embed's language, for the readers of the page it goes into.
    expect(frame.title).toBe('Plus gros incidents, d’après Crypto Theft Tracker');

    await user.click(
      within(dialog).getByRole('radio', { name: 'Live: always the latest dataset' }),
    );
    expect(frameOf(code).src.searchParams.has('dataset')).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Copy the code' }));
    expect(await navigator.clipboard.readText()).toBe((code as HTMLTextAreaElement).value);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Code copied');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('speaks French, and cannot pin a dataset that states no version', async () => {
    const user = userEvent.setup();
    renderMenu('fr', chart('category', 'Par catégorie'), null);
    await user.click(screen.getByRole('button', { name: 'Exporter Par catégorie' }));
    await user.click(screen.getByRole('menuitem', { name: 'Intégrer' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Intégrer « Par catégorie » dans une autre page',
    });
    expect(within(dialog).getByRole('radio', { name: /n’indique pas de version/ })).toBeDisabled();
    expect(within(dialog).getByRole('radio', { name: 'Français' })).toBeChecked();
    const frame = frameOf(within(dialog).getByLabelText('Code à coller dans votre page'));
    expect(frame.src.searchParams.get('chart')).toBe('category');
    expect(frame.src.searchParams.get('lang')).toBe('fr');
  });

  it('is not offered for a chart with no embed', async () => {
    const user = userEvent.setup();
    renderMenu('en', chart(undefined, 'Something'));
    await user.click(screen.getByRole('button', { name: 'Export Something' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).not.toContain('Embed');
  });
});
