import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openDataTable } from '../support/data-table';
import { formattersFor } from '../../../src/lib/format';
import { findTotals, renderApp, stat } from '../support/app';
import { figureOf, fixtureMeta, inMonths, largestMonth } from '../support/dataset';

const fr = formattersFor('fr');
const plain = (value: string) => value.replace(/\s/g, ' ');
const february = figureOf(inMonths('2025-02', '2025-02'));

// Intl separates French amounts with no-break spaces: compare with ordinary spaces.
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s/g, ' ');

describe('the dashboard in French', () => {
  it('shows French words, French amounts and French months with lang=fr', async () => {
    renderApp('/?lang=fr&from=2025-02&to=2025-02&colour=red');
    await waitFor(async () =>
      expect(await stat('Incidents', 'Totaux')).toHaveTextContent(String(february.count)),
    );
    expect(document.documentElement.lang).toBe('fr');
    expect(text(await stat('Total volé', 'Totaux'))).toContain(
      plain(fr.formatUsdCompact(february.totalUsd)),
    );
    expect(screen.getByRole('heading', { name: 'Filtres' })).toBeInTheDocument();
    expect(screen.getByLabelText('De (mois)')).toHaveValue('2025-02');
    expect(screen.getByRole('button', { name: 'Effacer les filtres' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Retirer le filtre : févr. 2025' })).toBeVisible();
    const timeline = screen.getByRole('figure', { name: 'Vols au fil du temps' });
    const table = await openDataTable(timeline);
    expect(
      within(table).getByRole('button', { name: 'Afficher février 2025' }),
    ).toBeInTheDocument();
    expect(text(timeline)).toContain(
      `Les vols ont culminé en ${fr.formatMonthLong(largestMonth())} avec ${plain(fr.formatUsdCompact(figureOf(inMonths(largestMonth(), largestMonth())).totalUsd))}`,
    );
    const header = screen.getByRole('banner');
    const { firstDate, lastDate, version } = fixtureMeta;
    expect(text(header)).toContain(
      plain(`${fr.formatMonthShort(firstDate)} – ${fr.formatMonthShort(lastDate)}`),
    );
    expect(text(header)).toContain(
      plain(`Incidents jusqu’au ${fr.formatDate(lastDate)} · données du ${fr.formatDate(version)}`),
    );
    expect(document.title).toBe('févr. 2025 – Crypto Theft Tracker');
    const notices = screen.getByRole('status', { name: 'Remarques sur ce lien' });
    expect(notices).toHaveTextContent('Paramètre inconnu « colour » ignoré.');
  });

  it('switches language from the header and keeps every filter in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/?from=2024-01&to=2024-12&attribution=DPRK');
    await findTotals();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Language'), 'fr');
    const search = new URLSearchParams(window.location.search);
    expect(search.get('lang')).toBe('fr');
    expect(search.get('from')).toBe('2024-01');
    expect(search.get('to')).toBe('2024-12');
    expect(search.get('attribution')).toBe('DPRK');
    expect(await findTotals('Totaux')).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Retirer le filtre : Attribués à la RPDC' }),
    ).toBeVisible();
    expect(screen.getByLabelText('Langue')).toHaveValue('fr');
    await user.selectOptions(screen.getByLabelText('Langue'), 'en');
    expect(await screen.findByRole('region', { name: 'Totals' })).toBeVisible();
    expect(new URLSearchParams(window.location.search).get('attribution')).toBe('DPRK');
  });
});
