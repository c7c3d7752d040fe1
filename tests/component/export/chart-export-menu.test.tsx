import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureMeta } from '../support/dataset';
import type { ChartExport } from '../../../src/components/charts/chart-export';
import { metaSchema } from '../../../src/data/incident-schema';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import { ChartExportMenu } from '../../../src/features/export/chart-export-menu';
import type { ExportContext } from '../../../src/features/export/export-context';
import { CSV_BOM } from '../../../src/lib/csv';
import { captureDownloads } from './download-spy';

const CONTEXT: ExportContext = {
  filters: { ...EMPTY_FILTERS, from: '2025-01', to: '2025-09', attribution: 'DPRK' },
  generatedOn: '2026-11-29',
  meta: metaSchema.parse(fixtureMeta),
};

const CHART: ChartExport = {
  title: 'Thefts over time',
  slug: 'thefts-over-time',
  description: 'Amount stolen per calendar month.',
  legend: [],
  isEmpty: false,
  table: () => ({
    columns: [
      { header: 'period', kind: 'text' },
      { header: 'total_usd', kind: 'number' },
    ],
    rows: [
      ['2025-01', 100],
      ['2025-02', 1_535_175_330.5],
    ],
  }),
  findSvg: () => null,
  measureWidth: () => 800,
  drawAt: () => Promise.reject(new Error('not drawn in this test')),
};

function renderMenu(chart: ChartExport = CHART) {
  render(
    <>
      <ChartExportMenu chart={chart} context={CONTEXT} />
      <button type="button">Elsewhere</button>
    </>,
  );
  return screen.getByRole('button', { name: 'Export Thefts over time' });
}

afterEach(() => vi.unstubAllGlobals());

describe('a chart export menu', () => {
  it('opens from its button with PNG (as on screen and at each preset), SVG and CSV items, focus on the first', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'Export Thefts over time' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'PNG image',
      'PNG, web 16:9 (1200 × 675)',
      'PNG, square (1080 × 1080)',
      'PNG, print (A4 width, 300 dpi)',
      'SVG image',
      'CSV data',
      'Copy image',
      'Share…',
    ]);
    expect(
      within(menu).getByRole('menuitemcheckbox', { name: 'Transparent background (PNG)' }),
    ).toHaveAttribute('aria-checked', 'false');
    expect(items[0]).toHaveFocus();
  });

  it('moves between items with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    button.focus();
    await user.keyboard('{ArrowUp}'); // opens on the last item
    const item = (name: string) => screen.getByRole('menuitem', { name });
    expect(item('Share…')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('PNG image')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('PNG, web 16:9 (1200 × 675)')).toHaveFocus();
    await user.keyboard('{End}');
    expect(item('Share…')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('menuitemcheckbox')).toHaveFocus(); // the checkbox is on the way
    await user.keyboard('{Home}');
    expect(item('PNG image')).toHaveFocus();
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes on a click elsewhere', async () => {
    const user = userEvent.setup();
    await user.click(renderMenu());
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('downloads the chart data as a CSV file named after the chart and the filters', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const button = renderMenu();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'CSV data' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(button).toHaveFocus();
    const [download] = downloads;
    if (!download) throw new Error('No download');
    expect(download.fileName).toBe('thefts-over-time_2025-01_2025-09_dprk.csv');
    expect(download.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await download.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(`${CSV_BOM}# Cite as: Crypto Theft Tracker (dataset of `)).toBe(true);
    expect(text.slice(0, text.indexOf('\r\n'))).toMatch(/, exported 29 Nov 2026$/);
    expect(text.slice(text.indexOf('\r\n') + 2)).toBe(
      `period,total_usd\r\n2025-01,100\r\n2025-02,1535175330.5\r\n`,
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Downloaded thefts-over-time_2025-01_2025-09_dprk.csv',
    );
  });

  it('says so when the chart is not drawn yet, instead of exporting an empty image', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    await user.click(renderMenu());
    await user.click(screen.getByRole('menuitem', { name: 'SVG image' }));
    expect(await screen.findByText(/Export failed: The chart is still being drawn/)).toBeVisible();
    expect(downloads).toEqual([]);
  });
});
