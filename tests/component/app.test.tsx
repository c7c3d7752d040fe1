import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatUsd, formatUsdCompact } from '../../src/lib/format';
import { openDataTable } from './support/data-table';
import { findTotals, renderApp, stat } from './support/app';
import { figureOf, fixtureMeta, inMonths } from './support/dataset';

const all = figureOf();
const february = figureOf(inMonths('2025-02', '2025-02'));

describe('the dashboard', () => {
  it('shows the total stolen and the number of incidents across the whole dataset', async () => {
    renderApp();
    expect(await stat('Total stolen')).toHaveTextContent(formatUsdCompact(all.totalUsd));
    expect(await stat('Incidents')).toHaveTextContent(formatCount(all.count));
    expect(screen.queryByRole('alert')).toBeNull(); // no row was skipped
  });

  it('draws the monthly chart with a data table that holds the February 2025 figures', async () => {
    renderApp();
    const chart = await screen.findByRole('figure', { name: 'Thefts over time' });
    const table = await openDataTable(chart);
    expect(table).toHaveAccessibleName('Thefts over time data');
    const row = within(table).getByRole('row', { name: /February 2025/ });
    expect(row).toHaveTextContent(formatUsd(february.totalUsd));
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(String(february.count));
  });

  it('says in the header and in About how far the incidents run and which dataset it is', async () => {
    const user = userEvent.setup();
    renderApp();
    await findTotals();
    const { lastDate, version } = fixtureMeta;
    const line = `Incidents to ${formatDate(lastDate)} · dataset of ${formatDate(version)}`;
    expect(screen.getByRole('banner')).toHaveTextContent(line);
    const heading = screen.getByRole('heading', { level: 2, name: 'About the data' });
    await user.click(heading);
    const about = heading.closest('details');
    expect(about).toHaveAttribute('open');
    expect(within(about ?? document.body).getByText(line)).toBeVisible();
  });
});
