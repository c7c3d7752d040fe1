import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../support/app';
import { fixtureIncidents } from '../support/dataset';

/** The fixture's years, oldest first, as the chart's checkboxes name them. */
const years = [...new Set(fixtureIncidents.map((incident) => incident.date.slice(0, 4)))].sort();
const newest = years.at(-1) ?? 'no year';
const oldest = years[0] ?? 'no year';
const shownAtFirst = years.slice(-6);

beforeAll(() => import('../../../src/components/charts/cumulative-chart'), 30_000);

const yearsParam = () => new URLSearchParams(window.location.search).get('years');

async function yearsShown(): Promise<HTMLElement> {
  const figure = await screen.findByRole('figure', { name: 'Cumulative stolen by year' });
  return within(figure).findByRole('group', { name: 'Years shown' });
}

function checkedYears(group: HTMLElement): string[] {
  return within(group)
    .getAllByRole('checkbox')
    .filter((box) => box instanceof HTMLInputElement && box.checked)
    .map((box) => box.parentElement?.textContent ?? '')
    .sort();
}

describe('the years of the cumulative chart, in the link', () => {
  it('writes the years left ticked into the URL when a year is unticked, and back undoes it', async () => {
    const user = userEvent.setup();
    renderApp('/?from=2014-01');
    const group = await yearsShown();
    expect(yearsParam()).toBeNull();
    await user.click(within(group).getByRole('checkbox', { name: newest }));
    const rest = shownAtFirst.filter((year) => year !== newest);
    await waitFor(() => expect(yearsParam()).toBe(rest.join(',')));
    expect(new URLSearchParams(window.location.search).get('from')).toBe('2014-01');
    expect(checkedYears(await yearsShown())).toEqual(rest);
    window.history.back();
    await waitFor(async () => expect(checkedYears(await yearsShown())).toEqual(shownAtFirst));
    expect(yearsParam()).toBeNull();
  });

  it('opens a link with years showing just those years ticked', async () => {
    const user = userEvent.setup();
    renderApp(`/?years=${oldest},${newest}`);
    const group = await yearsShown();
    expect(checkedYears(group)).toEqual([oldest, newest]);
    expect(screen.queryByRole('status', { name: 'Notices about this link' })).toBeNull();
    await user.click(within(group).getByRole('button', { name: 'Last 6 years' }));
    await waitFor(() => expect(yearsParam()).toBeNull());
    expect(checkedYears(await yearsShown())).toEqual(shownAtFirst);
  });

  it('keeps an empty choice in the link when every year is unticked', async () => {
    const user = userEvent.setup();
    renderApp(`/?years=${newest}`);
    const group = await yearsShown();
    await user.click(within(group).getByRole('checkbox', { name: newest }));
    await waitFor(() => expect(yearsParam()).toBe('none'));
    expect(checkedYears(await yearsShown())).toEqual([]);
  });

  it('ignores a bad year in a link with a notice and ticks the good ones', async () => {
    renderApp(`/?years=${newest},soon`);
    const notice = await screen.findByRole('status', { name: 'Notices about this link' });
    expect(notice).toHaveTextContent('Ignored years=“soon”: not a year written YYYY.');
    expect(checkedYears(await yearsShown())).toEqual([newest]);
  });
});
