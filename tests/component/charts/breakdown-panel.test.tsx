import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GroupPoint } from '../../../src/domain/breakdown';
import { BreakdownPanel } from '../../../src/features/breakdowns/breakdown-panel';
import { parseUsd, summary } from './dataset';
import { openDataTable } from '../support/data-table';
import { formatPercent, formatUsd } from '../../../src/lib/format';
import type { Incident } from '../../../src/domain/incident';
import { figureOf, fixtureIncidents } from '../support/dataset';
import { groupKeyLabel } from '../../../src/lib/i18n/filter-labels';
import { en } from '../../../src/lib/i18n/messages-en';

/** A group as the panel words it (a category or technique class in English). */
const label = (key: string | undefined) => groupKeyLabel(key ?? '', [], en);

/** The fixture's incidents grouped by `keyOf`, largest total first (worked out without the app). */
function groupsBy(keyOf: (incident: Incident) => string) {
  const groups = new Map<string, { key: string; totalUsd: number; count: number }>();
  for (const incident of fixtureIncidents) {
    const key = keyOf(incident);
    const group = groups.get(key) ?? { key, totalUsd: 0, count: 0 };
    group.totalUsd += incident.amountUsd;
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.totalUsd - a.totalUsd);
}

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
    const [largest] = groupsBy((incident) => incident.techniqueClass);
    expect(rows).toHaveLength(9);
    expect(rows[0]?.slice(0, 3)).toEqual([
      label(largest?.key),
      formatUsd(largest?.totalUsd ?? 0),
      String(largest?.count),
    ]);
    expect(rows.at(-1)?.[0]).toBe('Other');
    const total = rows.reduce((sum, row) => sum + parseUsd(row[1] ?? null), 0);
    expect(total).toBeCloseTo(figureOf().totalUsd, 1);
    const count = rows.reduce((sum, row) => sum + Number(row[2]), 0);
    expect(count).toBe(figureOf().count);
  });

  it('honours a smaller top and gives each row its share of the total', async () => {
    const figure = renderBreakdown(summary.byCategory, 3);
    const rows = await tableRows(figure);
    const groups = groupsBy((incident) => incident.category);
    const all = figureOf();
    expect(rows.map((row) => row[0])).toEqual([
      ...groups.slice(0, 3).map((g) => label(g.key)),
      'Other',
    ]);
    const [first] = groups;
    expect(rows[0]).toEqual([
      label(first?.key),
      formatUsd(first?.totalUsd ?? 0),
      String(first?.count),
      formatPercent((first?.totalUsd ?? 0) / all.totalUsd),
    ]);
    const rest = groups.slice(3);
    expect(rows[3]?.slice(1, 3)).toEqual([
      formatUsd(rest.reduce((sum, g) => sum + g.totalUsd, 0)),
      String(rest.reduce((sum, g) => sum + g.count, 0)),
    ]);
  });

  it('has no Other row when every group fits', async () => {
    const figure = renderBreakdown(summary.byCategory);
    await within(figure).findByRole('application');
    const rows = await tableRows(figure);
    // Each row is a category (the category "other" among them), none the sum of the rest.
    const categories = groupsBy((incident) => incident.category).map((g) => label(g.key));
    expect(rows.map((row) => row[0])).toEqual(categories);
    expect(rows).toHaveLength(6);
  });

  it('draws a single group as the whole', async () => {
    const figure = renderBreakdown([{ key: 'bridge', totalUsd: 2_589_409_524.98, count: 29 }]);
    await within(figure).findByRole('application');
    expect(await tableRows(figure)).toEqual([['Bridge', '$2,589,409,524.98', '29', '100%']]);
  });

  it('says so when no incident matches', async () => {
    const figure = renderBreakdown([]);
    expect(within(figure).getByText('No incidents match these filters.')).toBeInTheDocument();
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
  });
});
