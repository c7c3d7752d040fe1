import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../../mocks/fixtures/hostile-incidents';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { answerJson, expectNoInjectedElements, renderApp, stat } from '../support/app';

const LONG = 'x'.repeat(5_000);
const q = (params: Record<string, string>) => `/?${new URLSearchParams(params).toString()}`;

/** A link, what the notice says about it, and what the page shows instead. */
const LINKS: [string, string, string, () => void][] = [
  ['garbage', '/?%%%&&==&=x&%E0%A4%A=1', 'Ignored the unknown parameter “%%%”', () => {}],
  [
    'a month 13',
    '/?from=2025-13&to=2025-02',
    'Ignored from=“2025-13”: not a month written YYYY-MM.',
    () => expect(screen.getByLabelText('From month')).toHaveValue(''),
  ],
  [
    'a reversed range',
    '/?from=2025-03&to=2025-01',
    'The month range was reversed (2025-03 after 2025-01); it was swapped.',
    () => expect(screen.getByLabelText('From month')).toHaveValue('2025-01'),
  ],
  [
    'a very long value',
    `/?q=${LONG}`,
    'Ignored q=“xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”: longer than 100 characters.',
    () => expect(screen.getByRole('searchbox', { name: 'Search incidents' })).toHaveValue(''),
  ],
  [
    'unknown keys',
    '/?utm_source=news&colour=red',
    'Ignored the unknown parameter “colour”.',
    () => expect(screen.getByText(/unknown parameter “utm_source”/)).toBeInTheDocument(),
  ],
  [
    'a repeated key',
    '/?attribution=DPRK&attribution=Nobody',
    '“attribution” was given more than once; the first value was used.',
    () => expect(screen.getByLabelText('Attribution')).toHaveValue('DPRK'),
  ],
  ['an unknown category', '/?category=casino', 'Ignored category=“casino”: not one of', () => {}],
  [
    'a negative amount',
    '/?min=-5&max=1e400',
    'Ignored min=“-5”: not an amount of US dollars.',
    () => expect(screen.getByText(/Ignored max=“1e400”/)).toBeInTheDocument(),
  ],
  [
    'a bad mode and sort',
    '/?mode=3d&sort=drop%20table',
    'Ignored mode=“3d”: use monthly or yearly.',
    () => expect(screen.getByText(/Ignored sort=“drop table”/)).toBeInTheDocument(),
  ],
  [
    'a script tag as a key',
    q({ [HOSTILE.scriptName]: '1' }),
    `Ignored the unknown parameter “${HOSTILE.scriptName}”.`,
    () => {},
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

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__proto__-asc'])(
    'ignores ?sort=%s with a notice and keeps the newest first',
    async (sort) => {
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
    },
  );

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
