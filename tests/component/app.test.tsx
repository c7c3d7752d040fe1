import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render';
import { openDataTable } from './support/data-table';

describe('the dashboard on the embedded dataset', () => {
  it('shows the total stolen and the number of incidents across the whole dataset', async () => {
    renderApp();
    const totals = await screen.findByRole('region', { name: 'Totals' });
    expect(within(totals).getByText('Total stolen').nextElementSibling).toHaveTextContent(
      '$15.46B',
    );
    expect(within(totals).getByText('Incidents').nextElementSibling).toHaveTextContent('956');
  });

  it('draws the monthly chart with a data table that holds the February 2025 figures', async () => {
    renderApp();
    const chart = await screen.findByRole('figure', { name: 'Thefts over time' });
    const table = await openDataTable(chart);
    expect(table).toHaveAccessibleName('Thefts over time data');
    const february = within(table).getByRole('row', { name: /February 2025/ });
    expect(february).toHaveTextContent('$1,535,175,330');
    expect(within(february).getAllByRole('cell').at(-1)).toHaveTextContent('12');
  });
});
