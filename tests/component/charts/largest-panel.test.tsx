import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Incident } from '../../../src/domain/incident';
import { LargestPanel } from '../../../src/features/largest/largest-panel';
import { incidents, summary } from './dataset';
import { formatUsd, formattersFor } from '../../../src/lib/format';

import { openDataTable } from '../support/data-table';

/** Dates as the English page writes them: `Feb 21, 2025`. */
const { formatDay } = formattersFor('en');

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

/** The fixture's incidents, largest first, worked out without the app. */
const byAmount = [...incidents].sort((a, b) => b.amountUsd - a.amountUsd);

/** A data-table row as the panel writes it: rank, date, name, amount, attribution. */
const rowOf = (incident: Incident | undefined, rank: number) =>
  incident && [
    String(rank),
    formatDay(incident.date),
    incident.name,
    formatUsd(incident.amountUsd),
    incident.attribution ?? 'Unattributed',
  ];

describe('LargestPanel', () => {
  it('ranks the ten largest incidents, largest first', async () => {
    const figure = renderLargest(summary.largest);
    await within(figure).findByRole('application', { name: /largest incidents/ });
    const rows = await tableRows(figure);
    expect(rows).toHaveLength(10);
    expect(incidents.length).toBeGreaterThan(10);
    expect(rows[0]).toEqual(rowOf(byAmount[0], 1));
    expect(rows[2]).toEqual(rowOf(byAmount[2], 3));
    expect(rows[9]).toEqual(rowOf(byAmount[9], 10));
  });

  it('opens an incident from its button in the data table', async () => {
    const user = userEvent.setup();
    const onSelectIncident = vi.fn<(id: string) => void>();
    const figure = renderLargest(summary.largest, onSelectIncident);
    const table = await openDataTable(figure);
    const [largest] = byAmount;
    await user.click(within(table).getByRole('button', { name: `Open ${largest?.name}` }));
    expect(onSelectIncident).toHaveBeenCalledExactlyOnceWith(largest?.id);
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
