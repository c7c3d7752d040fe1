import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CumulativeYear } from '../../../src/domain/cumulative';
import { cumulativeByYear } from '../../reference-model/cumulative';
import { CumulativePanel } from '../../../src/features/cumulative/cumulative-panel';
import { incidents } from './dataset';
import { openDataTable } from '../support/data-table';
import { formatUsd } from '../../../src/lib/format';
import { figureOf, fixtureMeta, inMonths } from '../support/dataset';

/** The running total of `year` up to and including `month` (`MM`), as the table writes it. */
const runningTotal = (year: string, month: string) =>
  formatUsd(figureOf(inMonths(`${year}-01`, `${year}-${month}`)).totalUsd);
const lastMonth = fixtureMeta.lastDate.slice(0, 7);
const lastYear = lastMonth.slice(0, 4);
const lastMonthAt = Number(lastMonth.slice(5, 7)) - 1;

// Months after the dataset's last one have no value yet.
const years = cumulativeByYear(incidents, lastMonth);
/** The years with incidents, the last one first: the six most recent are shown at first. */
const recentYears = [...new Set(incidents.map((incident) => incident.date.slice(0, 4)))].sort(
  (a, b) => b.localeCompare(a),
);
const yearCount = recentYears.length;
const lastSix = recentYears.slice(0, 6);
const oldest = recentYears.at(-1) ?? 'no year';

beforeAll(() => import('../../../src/components/charts/cumulative-chart'), 30_000);

/** The panel with its choice of years held here, as the page holds it in the URL. */
function WithChosenYears({ data }: { readonly data: readonly CumulativeYear[] }) {
  const [chosen, setChosen] = useState<readonly string[] | null>(null);
  return <CumulativePanel years={data} chosenYears={chosen} onChooseYears={setChosen} />;
}

function renderCumulative(data: readonly CumulativeYear[] = years) {
  render(<WithChosenYears data={data} />);
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
    expect(within(table).getAllByRole('rowheader')).toHaveLength(yearCount);
    const fullYear = recentYears[1] ?? 'no second year';
    const cells = within(rowOf(table, fullYear)).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(runningTotal(fullYear, '01'));
    expect(cells[1]).toHaveTextContent(runningTotal(fullYear, '02'));
    expect(cells.at(-1)).toHaveTextContent(runningTotal(fullYear, '12'));
  });

  it('leaves the months after the last one with data empty', async () => {
    const figure = renderCumulative();
    const table = await openDataTable(figure);
    const cells = within(rowOf(table, lastYear)).getAllByRole('cell');
    expect(cells[lastMonthAt]).toHaveTextContent(runningTotal(lastYear, lastMonth.slice(5, 7)));
    for (const cell of cells.slice(lastMonthAt + 1)) expect(cell).toHaveTextContent('—');
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
    expect(checked()).toEqual(lastSix);
    expect(figure.querySelectorAll('.recharts-line')).toHaveLength(6);

    await user.click(within(shown).getByRole('checkbox', { name: oldest }));
    await user.click(within(shown).getByRole('checkbox', { name: lastYear }));
    expect(checked()).toEqual([...lastSix.slice(1), oldest]);
    expect(figure.querySelectorAll('.recharts-line')).toHaveLength(6);

    await user.click(within(shown).getByRole('button', { name: 'All years' }));
    expect(checked()).toHaveLength(yearCount);
    expect(figure.querySelectorAll('.recharts-line')).toHaveLength(yearCount);

    await user.click(within(shown).getByRole('button', { name: 'Last 6 years' }));
    expect(checked()).toEqual(lastSix);
  });

  it('draws a year that so far has a single month', async () => {
    const january = incidents.filter((incident) => incident.date.startsWith(`${lastYear}-01`));
    expect(january.length).toBeGreaterThan(0);
    const figure = renderCumulative(cumulativeByYear(january, `${lastYear}-01`));
    await within(figure).findByRole('application');
    const cells = within(rowOf(await openDataTable(figure), lastYear)).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(runningTotal(lastYear, '01'));
    expect(cells[1]).toHaveTextContent('—');
    expect(within(figure).getByRole('checkbox', { name: lastYear })).toBeChecked();
  });

  it('says so when no incident matches', () => {
    const figure = renderCumulative([]);
    expect(within(figure).getByText('No incidents match these filters.')).toBeInTheDocument();
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
    expect(within(figure).queryByRole('group', { name: 'Years shown' })).not.toBeInTheDocument();
  });
});
