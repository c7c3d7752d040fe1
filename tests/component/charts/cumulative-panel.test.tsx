import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { cumulativeByYear, type CumulativeYear } from '../../../src/domain/cumulative';
import { CumulativePanel } from '../../../src/features/cumulative/cumulative-panel';
import { incidents } from './dataset';
import { openDataTable } from '../support/data-table';

// The dataset ends in August 2026: later months of 2026 have no value yet.
const years = cumulativeByYear(incidents, '2026-08');

beforeAll(() => import('../../../src/components/charts/cumulative-chart'), 30_000);

function renderCumulative(data: readonly CumulativeYear[] = years) {
  render(<CumulativePanel years={data} />);
  return screen.getByRole('figure', { name: 'Cumulative stolen by year' });
}

function rowOf(table: HTMLElement, year: string): HTMLElement {
  const row = within(table).getByRole('rowheader', { name: year }).closest('tr');
  if (row === null) throw new Error(`No row for ${year}`);
  return row;
}

describe('CumulativePanel', () => {
  it('lists every year with its running total month by month', async () => {
    const figure = renderCumulative();
    await within(figure).findByRole('application', { name: /stolen so far/ });
    const table = await openDataTable(figure);
    expect(table).toHaveAccessibleName('Cumulative stolen by year data');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Year', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']); // prettier-ignore
    expect(within(table).getAllByRole('rowheader')).toHaveLength(16); // 2011..2026
    const y2025 = within(rowOf(table, '2025')).getAllByRole('cell');
    expect(y2025[0]).toHaveTextContent('$94,470,985.36'); // January
    expect(y2025[1]).toHaveTextContent('$1,629,646,315.36'); // + February's $1,535,175,330
    expect(y2025.at(-1)).toHaveTextContent('$3,220,051,818');
  });

  it('leaves the months after the last one with data empty', async () => {
    const figure = renderCumulative();
    const table = await openDataTable(figure);
    const y2026 = within(rowOf(table, '2026')).getAllByRole('cell');
    expect(y2026[7]).toHaveTextContent('$781,433,135.07'); // August 2026, the last month
    expect(y2026[8]).toHaveTextContent('—');
    expect(y2026[11]).toHaveTextContent('—');
    await within(figure).findByRole('application');
  });

  it('shows the six most recent years until the reader picks others', async () => {
    const user = userEvent.setup();
    const figure = renderCumulative();
    await within(figure).findByRole('application');
    const shown = within(figure).getByRole('group', { name: 'Years shown' });
    const checked = () =>
      within(shown)
        .getAllByRole('checkbox')
        .filter((box) => box instanceof HTMLInputElement && box.checked)
        .map((box) => box.parentElement?.textContent);
    expect(checked()).toEqual(['2026', '2025', '2024', '2023', '2022', '2021']);
    expect(figure.querySelectorAll('.recharts-line')).toHaveLength(6);

    await user.click(within(shown).getByRole('checkbox', { name: '2014' }));
    await user.click(within(shown).getByRole('checkbox', { name: '2026' }));
    expect(checked()).toEqual(['2025', '2024', '2023', '2022', '2021', '2014']);
    expect(figure.querySelectorAll('.recharts-line')).toHaveLength(6);

    await user.click(within(shown).getByRole('button', { name: 'All years' }));
    expect(checked()).toHaveLength(16);
    expect(figure.querySelectorAll('.recharts-line')).toHaveLength(16);

    await user.click(within(shown).getByRole('button', { name: 'Last 6 years' }));
    expect(checked()).toEqual(['2026', '2025', '2024', '2023', '2022', '2021']);
  });

  it('draws a year that so far has a single month', async () => {
    const january = incidents.filter((incident) => incident.date.startsWith('2026-01'));
    const figure = renderCumulative(cumulativeByYear(january, '2026-01'));
    await within(figure).findByRole('application');
    const cells = within(rowOf(await openDataTable(figure), '2026')).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('$48,579,429');
    expect(cells[1]).toHaveTextContent('—');
    expect(within(figure).getByRole('checkbox', { name: '2026' })).toBeChecked();
  });

  it('says so when no incident matches', () => {
    const figure = renderCumulative([]);
    expect(within(figure).getByText('No incidents match these filters.')).toBeInTheDocument();
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
    expect(within(figure).queryByRole('group', { name: 'Years shown' })).not.toBeInTheDocument();
  });
});
