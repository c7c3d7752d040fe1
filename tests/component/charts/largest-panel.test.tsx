import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Incident } from '../../../src/domain/incident';
import { LargestPanel } from '../../../src/features/largest/largest-panel';
import { summary } from './dataset';
import { openDataTable } from '../support/data-table';

beforeAll(() => import('../../../src/components/charts/largest-chart'), 30_000);

function renderLargest(incidents: readonly Incident[], onSelectIncident?: (id: string) => void) {
  render(<LargestPanel incidents={incidents} onSelectIncident={onSelectIncident} />);
  return screen.getByRole('figure', { name: 'Largest incidents' });
}

async function tableRows(figure: HTMLElement): Promise<string[][]> {
  const table = await openDataTable(figure);
  expect(table).toHaveAccessibleName('Largest incidents data');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.children, (cell) => cell.textContent ?? ''));
}

describe('LargestPanel', () => {
  it('ranks Bybit first among the ten largest incidents', async () => {
    const figure = renderLargest(summary.largest);
    await within(figure).findByRole('application', { name: /largest incidents/ });
    const rows = await tableRows(figure);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual([
      '1',
      'Feb 21, 2025',
      'Bybit',
      '$1,460,000,000',
      'DPRK (TraderTraitor / Lazarus Group)',
    ]);
    expect(rows[2]).toEqual(['3', 'Aug 11, 2021', 'Poly Network', '$611,000,000', 'Unattributed']);
  });

  it('opens an incident from its button in the data table', async () => {
    const user = userEvent.setup();
    const onSelectIncident = vi.fn<(id: string) => void>();
    const figure = renderLargest(summary.largest, onSelectIncident);
    const table = await openDataTable(figure);
    await user.click(within(table).getByRole('button', { name: 'Open Bybit' }));
    const bybit = summary.largest[0];
    expect(bybit?.name).toBe('Bybit');
    expect(onSelectIncident).toHaveBeenCalledExactlyOnceWith(bybit?.id);
  });

  it('opens the incident the arrow keys reach when Enter is pressed on the chart', async () => {
    const user = userEvent.setup();
    const onSelectIncident = vi.fn<(id: string) => void>();
    const figure = renderLargest(summary.largest, onSelectIncident);
    const chart = await within(figure).findByRole('application', { name: /Enter opens/ });
    act(() => chart.focus()); // the first bar's tooltip shows
    // Recharts moves "forward" with ArrowLeft in a vertical layout: down to the next bar.
    await user.keyboard('{ArrowLeft}{Enter}');
    expect(onSelectIncident).toHaveBeenCalledExactlyOnceWith(summary.largest[1]?.id);
  });

  it('lists names as plain text when incidents cannot be opened', async () => {
    const figure = renderLargest(summary.largest);
    expect(within(figure).queryByRole('button', { name: /^Open/ })).not.toBeInTheDocument();
  });

  it('draws a single incident', async () => {
    const figure = renderLargest(summary.largest.slice(0, 1));
    await within(figure).findByRole('application');
    expect(await tableRows(figure)).toHaveLength(1);
    expect(within(figure).getByText(/The largest theft under/)).toBeInTheDocument();
  });

  it('says so when no incident matches', async () => {
    const figure = renderLargest([]);
    expect(within(figure).getByText('No incidents match these filters.')).toBeInTheDocument();
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
  });
});
