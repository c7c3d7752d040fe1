import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../../src/lib/format';
import { findTotals, renderApp, stat } from '../support/app';
import { figureOf, fixtureMeta, inMonths, isDprkAttributed } from '../support/dataset';

const en = formattersFor('en');
const fr = formattersFor('fr');
const compareParam = () => new URLSearchParams(window.location.search).get('compare');
const dprkIn = (from: string, to: string) =>
  figureOf((incident) => isDprkAttributed(incident) && inMonths(from, to)(incident));
/** `+100% vs 2024: $1.03B`, as the Totals write a change. */
const change = (current: number, earlier: number, period: string, value: string) =>
  `${en.formatChange(current / earlier - 1)} vs ${period}: ${value}`;

describe('comparing the Totals with an earlier period', () => {
  it('gives the change against the previous year for a whole year', async () => {
    renderApp('/?from=2025-01&to=2025-12');
    const [now, before] = [
      figureOf(inMonths('2025-01', '2025-12')),
      figureOf(inMonths('2024-01', '2024-12')),
    ];
    const [dprkNow, dprkBefore] = [dprkIn('2025-01', '2025-12'), dprkIn('2024-01', '2024-12')];
    await waitFor(async () =>
      expect(await stat('Total stolen')).toHaveTextContent(
        change(now.totalUsd, before.totalUsd, '2024', en.formatUsdCompact(before.totalUsd)),
      ),
    );
    expect(await stat('Incidents')).toHaveTextContent(
      change(now.count, before.count, '2024', en.formatCount(before.count)),
    );
    expect(await stat('Attributed to DPRK')).toHaveTextContent(
      change(
        dprkNow.totalUsd,
        dprkBefore.totalUsd,
        '2024',
        en.formatUsdCompact(dprkBefore.totalUsd),
      ),
    );
    expect(screen.getByRole('combobox', { name: 'Compare with' })).toHaveValue('previous');
    expect(compareParam()).toBeNull();
  });

  it('switches to the same months a year earlier, to none, and back, through the URL', async () => {
    const user = userEvent.setup();
    renderApp('/?from=2025-05&to=2025-07');
    const select = within(await findTotals()).getByRole('combobox', { name: 'Compare with' });
    const [now, previous, yearBefore] = [
      figureOf(inMonths('2025-05', '2025-07')),
      figureOf(inMonths('2025-02', '2025-04')),
      figureOf(inMonths('2024-05', '2024-07')),
    ];
    await waitFor(async () =>
      expect(await stat('Incidents')).toHaveTextContent(
        change(now.count, previous.count, 'Feb–Apr 2025', en.formatCount(previous.count)),
      ),
    );

    await user.selectOptions(select, 'Same months a year earlier');
    await waitFor(() => expect(compareParam()).toBe('year-earlier'));
    expect(new URLSearchParams(window.location.search).get('from')).toBe('2025-05');
    await waitFor(async () =>
      expect(await stat('Incidents')).toHaveTextContent(
        change(now.count, yearBefore.count, 'May–Jul 2024', en.formatCount(yearBefore.count)),
      ),
    );

    await user.selectOptions(select, 'No comparison');
    await waitFor(() => expect(compareParam()).toBe('none'));
    expect(within(await findTotals()).queryByText(/ vs /)).toBeNull();

    window.history.back();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Compare with' })).toHaveValue('year-earlier'),
    );
    expect(await stat('Incidents')).toHaveTextContent('vs May–Jul 2024');
  });

  it('opens a link with a comparison already chosen', async () => {
    renderApp('/?from=2025-05&to=2025-07&compare=year-earlier');
    const totals = await findTotals();
    expect(within(totals).getByRole('combobox', { name: 'Compare with' })).toHaveValue(
      'year-earlier',
    );
    await waitFor(async () =>
      expect(await stat('Total stolen')).toHaveTextContent('vs May–Jul 2024'),
    );
  });

  it('gives no change when the earlier period is before the data, and says why', async () => {
    const first = fixtureMeta.firstDate.slice(0, 7);
    renderApp(`/?from=${first}&to=${first}`);
    const totals = await findTotals();
    await waitFor(() =>
      expect(totals).toHaveTextContent(/No change shown: the dataset does not cover all of /),
    );
    expect(within(totals).queryByText(/ vs /)).toBeNull();
  });

  it('gives no change for a view that runs past the data’s last month, and says why', async () => {
    const lastYear = fixtureMeta.lastDate.slice(0, 4);
    renderApp(`/?from=${lastYear}-01&to=${lastYear}-12`);
    const totals = await findTotals();
    await waitFor(() =>
      expect(totals).toHaveTextContent(
        new RegExp(`No change shown: the dataset does not cover all of ${lastYear}`),
      ),
    );
    expect(within(totals).queryByText(/ vs /)).toBeNull();
  });

  it('gives no change when nothing was stolen in the earlier period', async () => {
    // Nothing in the fixture between November 2023 and April 2024.
    expect(figureOf(inMonths('2023-11', '2024-04')).count).toBe(0);
    renderApp('/?from=2024-05&to=2024-10');
    await waitFor(async () =>
      expect(await stat('Incidents')).toHaveTextContent(
        en.formatCount(figureOf(inMonths('2024-05', '2024-10')).count),
      ),
    );
    expect(within(await findTotals()).queryByText(/ vs /)).toBeNull();
  });

  it('asks for a month range when the view has an open end', async () => {
    renderApp('/?from=2025-01');
    const totals = await findTotals();
    expect(totals).toHaveTextContent(
      'Choose a From and a To month to compare with an earlier period.',
    );
    expect(within(totals).queryByText(/ vs /)).toBeNull();
  });

  it('ignores an unknown comparison in a link with a notice', async () => {
    renderApp('/?from=2025-01&to=2025-03&compare=last-week');
    const notice = await screen.findByRole('status', { name: 'Notices about this link' });
    expect(notice).toHaveTextContent(
      'Ignored compare=“last-week”: use one of previous, year-earlier, none.',
    );
    expect(await screen.findByRole('combobox', { name: 'Compare with' })).toHaveValue('previous');
  });

  it('words the comparison in French', async () => {
    renderApp('/?lang=fr&from=2025-01&to=2025-03');
    const before = figureOf(inMonths('2024-10', '2024-12'));
    const now = figureOf(inMonths('2025-01', '2025-03'));
    await waitFor(async () =>
      expect((await stat('Incidents', 'Totaux')).textContent?.replace(/\s/g, ' ')).toContain(
        `${fr.formatChange(now.count / before.count - 1).replace(/\s/g, ' ')} par rapport à oct.–déc. 2024 : ${before.count}`,
      ),
    );
    expect(screen.getByRole('combobox', { name: 'Comparer avec' })).toHaveValue('previous');
  });
});
