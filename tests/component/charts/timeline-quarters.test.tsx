import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatCount, formatUsd } from '../../../src/lib/format';
import { openDataTable } from '../support/data-table';
import { renderApp, stat } from '../support/app';
import { figureOf, inMonths } from '../support/dataset';

const search = () => new URLSearchParams(window.location.search);

describe('the timeline by quarter', () => {
  it('groups the bars by quarter, and a quarter narrows the view to its three months', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const chart = await screen.findByRole('figure', { name: 'Thefts over time' });
    await user.click(within(chart).getByRole('button', { name: 'Quarterly' }));
    await waitFor(() => expect(search().get('mode')).toBe('quarterly'));
    await within(chart).findByRole('application', { name: /per quarter/ });
    expect(within(chart).getByText('Quarter of theft (UTC)')).toBeInTheDocument();

    const table = await openDataTable(chart);
    const row = within(table).getByRole('button', { name: 'Show Q1 2025' }).closest('tr');
    if (row === null) throw new Error('The Q1 2025 button is not in a row');
    const firstQuarter = figureOf(inMonths('2025-01', '2025-03'));
    expect(within(row).getAllByRole('cell').at(-2)).toHaveTextContent(
      formatUsd(firstQuarter.totalUsd),
    );
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(
      formatCount(firstQuarter.count),
    );

    await user.click(within(table).getByRole('button', { name: 'Show Q1 2025' }));
    await waitFor(() => expect(search().get('from')).toBe('2025-01'));
    expect(search().get('to')).toBe('2025-03');
    expect(search().get('mode')).toBeNull();
    await waitFor(async () =>
      expect(await stat('Incidents')).toHaveTextContent(formatCount(firstQuarter.count)),
    );
  });

  it('opens a link with mode=quarterly on the quarterly chart', async () => {
    renderApp('/?mode=quarterly');
    const chart = await screen.findByRole('figure', { name: 'Thefts over time' });
    expect(within(chart).getByRole('button', { name: 'Quarterly' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await within(chart).findByRole('application', { name: /per quarter/ });
  });
});
