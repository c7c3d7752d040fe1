import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatCount, formattersFor, formatUsdCompact } from '../../../src/lib/format';
import { openDataTable } from '../support/data-table';
import { renderApp, stat } from '../support/app';
import { figureOf, fixtureIncidents, inMonths } from '../support/dataset';

/** The largest incident of the fixture, and the figures without it. */
const [largest] = [...fixtureIncidents].sort((a, b) => b.amountUsd - a.amountUsd);
if (largest === undefined) throw new Error('the fixture is empty');
const all = figureOf();
const withoutLargest = figureOf((incident) => incident.id !== largest.id);
const excluded = () => new URLSearchParams(window.location.search).getAll('exclude');
// Intl separates French amounts with no-break spaces: compare with ordinary spaces.
const text = (value: string | Element) =>
  (typeof value === 'string' ? value : (value.textContent ?? '')).replace(/\s/g, ' ');
const chips = () => screen.getByRole('group', { name: 'Active filters' });

async function expectTotals(figure: { totalUsd: number; count: number }) {
  await waitFor(async () =>
    expect(await stat('Total stolen')).toHaveTextContent(formatUsdCompact(figure.totalUsd)),
  );
  expect(await stat('Incidents')).toHaveTextContent(formatCount(figure.count));
}

describe('excluding an incident from the figures', () => {
  it('from the detail panel: the totals drop by its amount, a chip names it, the link keeps it', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await expectTotals(all);
    await user.type(screen.getByRole('searchbox', { name: 'Search incidents' }), largest.name);
    const table = await screen.findByRole('table', { name: 'Incidents' });
    await user.click(await within(table).findByRole('button', { name: largest.name }));
    const dialog = await screen.findByRole('dialog', { name: largest.name });
    const exclude = within(dialog).getByRole('button', { name: 'Exclude from the figures' });
    expect(exclude).toHaveAccessibleDescription(/Leaves this incident out of every total/);
    await user.clear(screen.getByRole('searchbox', { name: 'Search incidents' }));
    await user.click(exclude);
    await expectTotals(withoutLargest);
    expect(excluded()).toEqual([largest.id]);
    expect(new URLSearchParams(window.location.search).get('incident')).toBeNull();
    expect(screen.queryByRole('dialog', { name: largest.name })).toBeNull();
    expect(
      within(chips()).getByRole('button', { name: `Remove filter: Excluding ${largest.name}` }),
    ).toBeVisible();
  });

  it('from the Largest incidents data table, and the chip brings it back', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const chart = await screen.findByRole('figure', { name: 'Largest incidents' });
    const table = await openDataTable(chart);
    await user.click(within(table).getByRole('button', { name: `Exclude ${largest.name}` }));
    await expectTotals(withoutLargest);
    expect(excluded()).toEqual([largest.id]);
    const bars = await openDataTable(
      await screen.findByRole('figure', { name: 'Largest incidents' }),
    );
    await waitFor(() =>
      expect(within(bars).queryByRole('button', { name: `Open ${largest.name}` })).toBeNull(),
    );
    await user.click(
      within(chips()).getByRole('button', { name: `Remove filter: Excluding ${largest.name}` }),
    );
    await expectTotals(all);
    expect(excluded()).toEqual([]);
  });

  it('opens a link that excludes it, says which id it does not know, and Clear filters clears it', async () => {
    const user = userEvent.setup();
    renderApp(`/?exclude=${largest.id}&exclude=no-such-incident`);
    await expectTotals(withoutLargest);
    expect(
      within(chips()).getByRole('button', { name: `Remove filter: Excluding ${largest.name}` }),
    ).toBeVisible();
    expect(
      await screen.findByText(
        'Ignored excluded incident “no-such-incident”: no incident has this id, so nothing is left out for it.',
        { exact: false },
      ),
    ).toBeVisible();
    await user.click(within(chips()).getByRole('button', { name: 'Clear filters' }));
    await expectTotals(all);
    expect(excluded()).toEqual([]);
  });

  it('leaves it out of the earlier period the Totals compare with too', async () => {
    const earlierOne = fixtureIncidents.find(inMonths('2024-01', '2024-12'));
    if (earlierOne === undefined) throw new Error('the fixture has nothing in 2024');
    renderApp(`/?from=2025-01&to=2025-12&exclude=${earlierOne.id}`);
    const before = figureOf((i) => inMonths('2024-01', '2024-12')(i) && i.id !== earlierOne.id);
    await waitFor(async () =>
      expect(await stat('Total stolen')).toHaveTextContent(
        `vs 2024: ${formatUsdCompact(before.totalUsd)}`,
      ),
    );
  });

  it('speaks French: “Exclure des chiffres” and the chip “Hors …”', async () => {
    const user = userEvent.setup();
    const fr = formattersFor('fr');
    renderApp(`/?lang=fr&incident=${largest.id}`);
    const dialog = await screen.findByRole('dialog', { name: largest.name });
    await user.click(within(dialog).getByRole('button', { name: 'Exclure des chiffres' }));
    await waitFor(async () =>
      expect(text(await stat('Total volé', 'Totaux'))).toContain(
        text(fr.formatUsdCompact(withoutLargest.totalUsd)),
      ),
    );
    expect(
      within(screen.getByRole('group', { name: 'Filtres actifs' })).getByRole('button', {
        name: `Retirer le filtre : Hors ${largest.name}`,
      }),
    ).toBeVisible();
  });
});
