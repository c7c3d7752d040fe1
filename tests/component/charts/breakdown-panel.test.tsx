import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GroupPoint } from '../../../src/domain/breakdown';
import { BreakdownPanel } from '../../../src/features/breakdowns/breakdown-panel';
import { parseUsd, summary } from './dataset';
import { openDataTable } from '../support/data-table';

beforeAll(() => import('../../../src/components/charts/breakdown-chart'), 30_000);

function renderBreakdown(groups: readonly GroupPoint[], top?: number) {
  render(
    <BreakdownPanel
      title="By technique"
      caption="Amount stolen per technique."
      groups={groups}
      top={top}
    />,
  );
  return screen.getByRole('figure', { name: 'By technique' });
}

/** The data table as [group, total, incidents, share] texts, one array per row. */
async function tableRows(figure: HTMLElement): Promise<string[][]> {
  const table = await openDataTable(figure);
  expect(table).toHaveAccessibleName('By technique data');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.children, (cell) => cell.textContent ?? ''));
}

describe('BreakdownPanel', () => {
  it('shows the eight largest techniques and one Other row that add up to the total', async () => {
    const figure = renderBreakdown(summary.byTechnique);
    await within(figure).findByRole('application', { name: 'Bar chart: By technique' });
    const rows = await tableRows(figure);
    expect(rows).toHaveLength(9);
    expect(rows[0]?.slice(0, 3)).toEqual(['Unknown', '$4,387,350,466', '262']);
    expect(rows[1]?.[0]).toMatch(/^supply chain \(compromised Safe\{Wallet\}/);
    expect(rows.at(-1)?.[0]).toBe('Other');
    const total = rows.reduce((sum, row) => sum + parseUsd(row[1] ?? null), 0);
    expect(total).toBeCloseTo(summary.totals.totalUsd, 1);
    const count = rows.reduce((sum, row) => sum + Number(row[2]), 0);
    expect(count).toBe(956);
  });

  it('honours a smaller top and gives each row its share of the total', async () => {
    const figure = renderBreakdown(summary.byCategory, 3);
    const rows = await tableRows(figure);
    expect(rows.map((row) => row[0])).toEqual([
      'centralized-exchange',
      'defi-protocol',
      'bridge',
      'Other',
    ]);
    expect(rows[0]).toEqual(['centralized-exchange', '$6,150,402,116', '77', '39.8%']);
    expect(rows[3]?.slice(1, 3)).toEqual(['$2,956,763,090', '218']); // other + gaming + wallet
  });

  it('has no Other row when every group fits', async () => {
    const figure = renderBreakdown(summary.byCategory);
    await within(figure).findByRole('application');
    const rows = await tableRows(figure);
    expect(rows.map((row) => row[0])).not.toContain('Other');
    expect(rows).toHaveLength(6);
  });

  it('draws a single group as the whole', async () => {
    const figure = renderBreakdown([{ key: 'bridge', totalUsd: 2_589_409_524.98, count: 29 }]);
    await within(figure).findByRole('application');
    expect(await tableRows(figure)).toEqual([['bridge', '$2,589,409,524.98', '29', '100%']]);
  });

  it('says so when no incident matches', async () => {
    const figure = renderBreakdown([]);
    expect(within(figure).getByText('No incidents match these filters.')).toBeInTheDocument();
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
  });
});
