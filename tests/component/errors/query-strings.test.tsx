import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../../mocks/fixtures/hostile-incidents';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { answerJson, expectNoInjectedElements, renderApp, stat } from '../support/app';

const q = (params: Record<string, string>) => `/?${new URLSearchParams(params).toString()}`;

/**
 * A link, what the notice says about it, and what the page shows instead. What the URL alone
 * decides (bad months, keys, amounts, modes, sorts) is tested on parseViewParams
 * (tests/unit/errors/link-notices.test.ts); here, one such case and the parts that depend on the
 * data: an attribution, a chain or an incident that no row has.
 */
const LINKS: [string, string, string, () => void][] = [
  [
    'a month 13',
    '/?from=2025-13&to=2025-02',
    'Ignored from=“2025-13”: not a month written YYYY-MM.',
    () => expect(screen.getByLabelText('From month')).toHaveValue(''),
  ],
  [
    'markup as an attribution',
    q({ attribution: HOSTILE.iframeAttribution }),
    `Ignored attribution “${HOSTILE.iframeAttribution.slice(0, 40)}…”: no incident has it`,
    () => expect(screen.getByLabelText('Attribution')).toHaveValue(''),
  ],
  [
    'markup as a chain',
    q({ chain: HOSTILE.chain }),
    `Ignored chain “${HOSTILE.chain}”: no incident is on it`,
    () => expect(screen.queryByRole('button', { name: /Remove filter: Chain/ })).toBeNull(),
  ],
  [
    'an unknown incident',
    q({ incident: HOSTILE.id }),
    'The incident named in the link is not in the dataset.',
    () => expect(screen.queryByRole('dialog')).toBeNull(),
  ],
];

describe('a link with bad parts', () => {
  it.each(LINKS)(
    'ignores %s with a notice and shows the rest',
    async (_what, url, notice, check) => {
      answerJson(incidentsResponse(SMALL_ROWS));
      renderApp(url);
      const notices = await screen.findByRole('status', { name: 'Notices about this link' });
      await waitFor(() => expect(notices).toHaveTextContent(notice));
      check();
      expect(await stat('Total stolen')).toBeInTheDocument();
      expectNoInjectedElements();
    },
  );

  it('really ignores an attribution no incident has: all figures, “All” selected, no chip', async () => {
    const user = userEvent.setup();
    answerJson(incidentsResponse(SMALL_ROWS));
    renderApp('/?attribution=NK&from=2025-02');
    const notices = await screen.findByRole('status', { name: 'Notices about this link' });
    await waitFor(() => expect(notices).toHaveTextContent('Ignored attribution “NK”'));
    // Beta ($2M) and Gamma ($4M) are from February 2025 on; NK narrows nothing.
    await waitFor(async () => expect(await stat('Incidents')).toHaveTextContent('2'));
    expect(await stat('Total stolen')).toHaveTextContent('$6,000,000');
    expect(screen.getByLabelText('Attribution')).toHaveValue('');
    expect(screen.queryByRole('button', { name: /Remove filter: Attribution/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: '2025' }));
    expect(window.location.search).toBe('?from=2025-01&to=2025-12'); // dropped on the next change
  });

  it('ignores a sort named after an object property with a notice and keeps the newest first', async () => {
    const sort = '__proto__';
    // Newest first differs from every other order these three rows can take.
    answerJson(
      incidentsResponse([
        makeIncident({ id: 'c', date: '2025-01-05', name: 'Alpha', amountUsd: 9e6 }),
        makeIncident({ id: 'a', date: '2025-03-05', name: 'Mid', amountUsd: 5e6 }),
        makeIncident({ id: 'b', date: '2025-02-05', name: 'Zed', amountUsd: 1e6 }),
      ]),
    );
    renderApp(`/?sort=${sort}`);
    const notices = await screen.findByRole('status', { name: 'Notices about this link' });
    expect(notices).toHaveTextContent(`Ignored sort=“${sort}”: use one of date-desc`);
    const table = await screen.findByRole('table', { name: /^Incidents/ });
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getByRole('rowheader').textContent);
    expect(names).toEqual(['Mid', 'Zed', 'Alpha']);
  });

  it('keeps a search to 100 characters, so a link can carry it, and says so', async () => {
    const user = userEvent.setup();
    answerJson(incidentsResponse(SMALL_ROWS));
    renderApp();
    const searchbox = await screen.findByRole('searchbox', { name: 'Search incidents' });
    await user.click(searchbox);
    await user.paste('a'.repeat(99));
    await user.keyboard('bc');
    expect(searchbox).toHaveValue(`${'a'.repeat(99)}b`);
    const notices = await screen.findByRole('status', { name: 'Notices about this link' });
    expect(notices).toHaveTextContent(
      'Search is limited to 100 characters, so a link can carry it; the rest was not kept.',
    );
    expect(window.location.search.length).toBeLessThan(120);
  });

  it('lists the first 12 of 1,482 unknown parameters and counts the rest', async () => {
    answerJson(incidentsResponse(SMALL_ROWS));
    const keys = Array.from({ length: 1_482 }, (_, i) => `junk${i}=1`);
    renderApp(`/?${keys.join('&')}`);
    const notices = await screen.findByRole('status', { name: 'Notices about this link' });
    const items = within(notices).getAllByRole('listitem');
    expect(items).toHaveLength(13);
    expect(items[0]).toHaveTextContent('Ignored the unknown parameter “junk0”.');
    expect(items[11]).toHaveTextContent('Ignored the unknown parameter “junk11”.');
    expect(items[12]).toHaveTextContent('and 1,470 more.');
  });

  it('searches for markup typed in the link as text, finding nothing and running nothing', async () => {
    answerJson(incidentsResponse(SMALL_ROWS));
    renderApp(q({ q: HOSTILE.imgName }));
    await waitFor(async () => expect(await stat('Incidents')).toHaveTextContent('0'));
    expect(screen.getByRole('searchbox', { name: 'Search incidents' })).toHaveValue(
      HOSTILE.imgName,
    );
    expect(screen.queryByRole('status', { name: 'Notices about this link' })).toBeNull();
    expectNoInjectedElements();
  });
});
