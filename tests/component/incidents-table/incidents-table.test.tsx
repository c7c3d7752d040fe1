import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import {
  IncidentsTableHarness,
  getDataRows,
  fixtureIncidents,
  renderTable,
  rowName,
} from './fixtures';
import { formatCount, formatUsd } from '../../../src/lib/format';

const all = formatCount(fixtureIncidents.length);
const newest = [...fixtureIncidents].sort((a, b) => b.date.localeCompare(a.date))[0];
const largest = [...fixtureIncidents].sort((a, b) => b.amountUsd - a.amountUsd)[0];

describe('IncidentsTable on the fixture dataset', () => {
  it('shows an Incidents region that counts every incident of the dataset', () => {
    renderTable();
    const region = screen.getByRole('region', { name: 'Incidents' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Incidents' })).toBeVisible();
    expect(within(region).getByText(`${all} of ${all} incidents`)).toBeVisible();
    expect(within(region).getByRole('table', { name: 'Incidents' })).toBeVisible();
  });

  it('counts the filtered incidents against the whole dataset', () => {
    renderTable({ incidents: fixtureIncidents.slice(0, 12) });
    expect(screen.getByText(`12 of ${all} incidents`)).toBeVisible();
  });

  it('lists the newest incident first by default, with every column filled in', () => {
    renderTable();
    const [first] = getDataRows();
    if (!first) throw new Error('no data rows');
    // The fixture's newest incident (tests/component/support/dataset.ts), as its cells word it.
    expect(newest?.name).toBe('Placeholder Protocol');
    expect(rowName(first)).toBe('Placeholder Protocol');
    const cells = within(first)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      'Mar 15, 2026',
      '$12,345,678.9',
      'DeFi protocol',
      'forged deposit message',
      'Base',
      'Unattributed',
      '$2,000,000',
      'example.org',
    ]);
    const dateHeader = screen.getByRole('columnheader', { name: /date/i });
    expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /amount/i })).toHaveAttribute(
      'aria-sort',
      'none',
    );
  });

  it('asks for the largest amounts first when Amount (USD) is clicked', async () => {
    const user = userEvent.setup();
    const { onSortChange } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Amount (USD)' }));
    expect(onSortChange).toHaveBeenCalledExactlyOnceWith({
      column: 'amount',
      direction: 'desc',
    });
  });

  it('flips the direction when the active column is clicked again', async () => {
    const user = userEvent.setup();
    const { onSortChange } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Date' }));
    expect(onSortChange).toHaveBeenCalledWith({ column: 'date', direction: 'asc' });
  });

  it('shows the largest incident first when sorted by amount, largest first', () => {
    renderTable({ sort: { column: 'amount', direction: 'desc' } });
    const [first] = getDataRows();
    if (!first) throw new Error('no data rows');
    expect(rowName(first)).toBe(largest?.name);
    expect(first).toHaveTextContent(formatUsd(largest?.amountUsd ?? Number.NaN));
    expect(screen.getByRole('columnheader', { name: /amount/i })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });
});

describe('IncidentsTable sorting by name', () => {
  it('sorts names A to Z by locale rules on the first click, Z to A on the second', async () => {
    const user = userEvent.setup();
    const names = ['zeta', 'Émile', 'beta', 'Alpha'];
    const incidents = names.map((name, index) => makeIncident({ id: `n${index}`, name }));
    render(<IncidentsTableHarness incidents={incidents} />);

    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(getDataRows().map(rowName)).toEqual(['Alpha', 'beta', 'Émile', 'zeta']);
    expect(screen.getByRole('columnheader', { name: /name/i })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(getDataRows().map(rowName)).toEqual(['zeta', 'Émile', 'beta', 'Alpha']);
  });

  it('breaks ties by date, newest first, then by id', () => {
    const incidents = [
      makeIncident({ id: 'b', name: 'Same', date: '2024-01-01' }),
      makeIncident({ id: 'c', name: 'Same', date: '2025-01-01' }),
      makeIncident({ id: 'a', name: 'Same', date: '2024-01-01' }),
    ];
    render(
      <IncidentsTableHarness
        incidents={incidents}
        initialSort={{ column: 'name', direction: 'asc' }}
      />,
    );
    const ids = getDataRows().map((row) =>
      within(row).getByRole('button').getAttribute('data-incident-id'),
    );
    expect(ids).toEqual(['c', 'a', 'b']);
  });
});
