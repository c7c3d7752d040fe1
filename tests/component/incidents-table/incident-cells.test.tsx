import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { formatCount } from '../../../src/lib/format';
import { getDataRows, fixtureIncidents, renderTable } from './fixtures';

describe('IncidentsTable with awkward data', () => {
  it('links http(s) sources in a new tab without an opener, showing the hostname', () => {
    renderTable({
      incidents: [
        makeIncident({
          sourceUrls: ['https://www.example.org/a?b=1', 'http://news.example.com/story'],
        }),
      ],
    });
    const links = within(getDataRows()[0] ?? document.body).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['www.example.org', 'news.example.com']);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(links[0]).toHaveAttribute('href', 'https://www.example.org/a?b=1');
  });

  it('shows a javascript: source as plain text, never as a link', () => {
    renderTable({
      incidents: [makeIncident({ sourceUrls: ['javascript:alert(1)', 'data:text/html,hi'] })],
    });
    const [row] = getDataRows();
    if (!row) throw new Error('no data rows');
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
    expect(within(row).getByText('javascript:alert(1)').closest('a')).toBeNull();
    expect(document.querySelector('a[href^="javascript"], a[href^="data"]')).toBeNull();
  });

  it('shows a name that looks like HTML as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    renderTable({ incidents: [makeIncident({ name })] });
    expect(screen.getByRole('button', { name })).toHaveTextContent(name);
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows dashes and "Unattributed" for missing values', () => {
    renderTable({
      incidents: [makeIncident({ technique: null, chains: [], attribution: null })],
    });
    const cells = within(getDataRows()[0] ?? document.body).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent).slice(3, 7)).toEqual([
      '–',
      '–',
      'Unattributed',
      '–',
    ]);
  });

  it('shows a cut-off attribution in full on hover and on keyboard focus', async () => {
    const user = userEvent.setup();
    const attribution = 'DPRK (per MSMT; disputed by T. Monahan and others in a long note)';
    renderTable({ incidents: [makeIncident({ attribution })] });
    const cell = within(getDataRows()[0] ?? document.body).getByText(attribution);
    expect(cell).toHaveAttribute('title', attribution);
    await user.tab();
    while (document.activeElement !== cell && document.activeElement !== document.body) {
      await user.tab();
    }
    expect(cell).toHaveFocus();
  });

  it('says no incidents match instead of listing rows when the list is empty', () => {
    renderTable({ incidents: [] });
    expect(
      screen.getByText(`0 of ${formatCount(fixtureIncidents.length)} incidents`),
    ).toBeVisible();
    expect(screen.getByText('No incidents match these filters.')).toBeVisible();
    expect(screen.queryAllByRole('rowheader')).toHaveLength(0);
  });
});
