import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { barLabels, periodOfDate } from '../../../src/domain/timeline-labels';
import { shareOfSeries } from '../../../src/domain/timeline-measure';
import { formatPercent, formattersFor, formatUsd, formatUsdCompact } from '../../../src/lib/format';
import { renderApp } from '../support/app';
import { openDataTable } from '../support/data-table';
import { fixtureSummary } from '../support/dataset';

beforeAll(() => import('../../../src/components/charts/timeline-chart'), 30_000);

const { formatChange } = formattersFor('en');
const param = (key: string) => new URLSearchParams(window.location.search).get(key);

async function timeline(name = 'Thefts over time'): Promise<HTMLElement> {
  const figure = await screen.findByRole('figure', { name });
  await waitFor(() => expect(figure.querySelector('.timeline-bars')).not.toBeNull());
  return figure;
}

const labelTexts = (figure: HTMLElement) =>
  [...figure.querySelectorAll('.timeline-label-text')].map((text) => text.textContent);

/** The fixture's labelled bars in yearly mode, as the chart should write them. */
const expectedLabels = barLabels(fixtureSummary.largest, periodOfDate.yearly).map(
  ({ incident }) => `${incident.name} ${formatUsdCompact(incident.amountUsd)}`,
);

describe('the timeline’s views and labels', () => {
  it('names the bars of the largest incidents, each focusable and described, and drops them when switched off', async () => {
    const user = userEvent.setup();
    renderApp('/?mode=yearly');
    const figure = await timeline();
    expect(expectedLabels.length).toBeGreaterThan(1);
    expect(labelTexts(figure)).toEqual(expectedLabels);
    const list = within(figure).getByRole('list', { name: 'Largest incidents named on the chart' });
    const first = within(list).getAllByRole('listitem')[0];
    expect(first).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAccessibleName(new RegExp(`^Largest incident 1: `));
    const toggle = within(figure).getByRole('switch', { name: 'Label the largest incidents' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    await waitFor(() => expect(param('labels')).toBe('off'));
    expect(labelTexts(await timeline())).toEqual([]);
    await user.click(within(await timeline()).getByRole('switch'));
    await waitFor(() => expect(param('labels')).toBeNull());
    expect(labelTexts(await timeline())).toEqual(expectedLabels);
  });

  it('shows DPRK’s share per year, with the share of the whole view in the caption, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/?mode=yearly');
    const figure = await timeline();
    const views = within(figure).getByRole('group', { name: 'Bars show' });
    expect(within(views).getByRole('button', { name: 'Stolen' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(views).getByRole('button', { name: 'DPRK share' }));
    await waitFor(() => expect(param('measure')).toBe('share'));
    expect(param('mode')).toBe('yearly');
    const share = shareOfSeries(fixtureSummary.yearly);
    expect(share).not.toBeNull();
    expect(await timeline()).toHaveTextContent(
      `DPRK-attributed thefts are ${formatPercent(share ?? 0)} of the total`,
    );
    const table = await openDataTable(await timeline());
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toContain('DPRK-attributed share');
    const year = fixtureSummary.yearly.find((point) => point.dprkUsd > 0 && point.otherUsd > 0);
    if (year === undefined) throw new Error('The fixture has no year with both parts');
    const row = within(table)
      .getByRole('button', { name: `Show ${year.period}` })
      .closest('tr');
    expect(row).toHaveTextContent(formatPercent(year.dprkUsd / year.totalUsd));
  });

  it('draws losses net of reported recoveries, saying that only reported ones count', async () => {
    const user = userEvent.setup();
    renderApp('/?mode=yearly');
    const figure = await timeline();
    await user.click(within(figure).getByRole('button', { name: 'Net of recoveries' }));
    await waitFor(() => expect(param('measure')).toBe('net'));
    expect(await timeline()).toHaveTextContent('Only recoveries a source reports are subtracted');
    const year = fixtureSummary.yearly.find((point) => point.returnedUsd > 0);
    if (year === undefined) throw new Error('The fixture reports no recovery');
    const table = await openDataTable(await timeline());
    const row = within(table)
      .getByRole('button', { name: `Show ${year.period}` })
      .closest('tr');
    expect(row).toHaveTextContent(formatUsd(year.totalUsd - year.returnedUsd));
    expect(row).toHaveTextContent(formatUsd(year.returnedUsd));
  });

  it('gives each whole year its change from the year before in the yearly table', async () => {
    renderApp('/?mode=yearly');
    const table = await openDataTable(await timeline());
    const years = fixtureSummary.yearly;
    const at = years.findIndex(
      (point, index) =>
        index > 1 && index < years.length - 1 && (years[index - 1]?.totalUsd ?? 0) > 0,
    );
    const current = years[at];
    const before = years[at - 1];
    if (current === undefined || before === undefined) throw new Error('No two whole years');
    const row = within(table)
      .getByRole('button', { name: `Show ${current.period}` })
      .closest('tr');
    if (row === null) throw new Error('No row');
    const cells = within(row).getAllByRole('cell');
    expect(cells.at(-1)).toHaveTextContent(formatChange(current.totalUsd / before.totalUsd - 1));
    // The first year of the data has nothing before it to compare with.
    const first = within(table).getByRole('button', { name: `Show ${years[0]?.period}` });
    expect(first.closest('tr')).toHaveTextContent('not comparable');
  });

  it('reads a bad measure as the default with a notice, and labels in French', async () => {
    renderApp('/?lang=fr&measure=percent&labels=off');
    const figure = await timeline('Vols au fil du temps');
    expect(within(figure).getByRole('button', { name: 'Montant volé' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      within(figure).getByRole('switch', { name: 'Nommer les plus gros incidents' }),
    ).not.toBeChecked();
    expect(await screen.findByText(/measure=« percent » ignoré/)).toBeInTheDocument();
  });
});
