import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { formatUsd, formattersFor } from '../../../src/lib/format';

import { IncidentsTableHarness, getDataRows, fixtureIncidents, renderTable } from './fixtures';

/** Dates as the English page writes them: `Feb 21, 2025`. */
const { formatDay } = formattersFor('en');

/** The fixture's largest incident, with two source links. */
const largest = [...fixtureIncidents].sort((a, b) => b.amountUsd - a.amountUsd)[0];

function renderWithSelection(selectedId: string | null) {
  return renderTable({ selectedId }).onSelect;
}

describe('the incident detail panel', () => {
  it('opens with every field and every source link when a row is selected', async () => {
    if (!largest) throw new Error('the fixture is empty');
    expect(largest.sourceUrls.length).toBeGreaterThan(1);
    const user = userEvent.setup();
    render(
      <IncidentsTableHarness
        incidents={fixtureIncidents}
        initialSort={{ column: 'amount', direction: 'desc' }}
      />,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: largest.name }));

    const dialog = screen.getByRole('dialog', { name: largest.name });
    expect(dialog).toHaveAttribute('aria-modal', 'false');
    expect(within(dialog).getByRole('heading', { name: largest.name })).toHaveFocus();
    const day = formatDay(largest.date);
    for (const text of [day, formatUsd(largest.amountUsd), 'Centralized exchange', largest.id]) {
      expect(within(dialog).getByText(text)).toBeVisible();
    }
    expect(within(dialog).getByText(largest.attribution ?? 'Unattributed')).toBeVisible();
    const hrefs = within(dialog)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(largest.sourceUrls.map((url) => new URL(url).href));
    for (const link of within(dialog).getAllByRole('link')) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    const [first] = getDataRows();
    expect(first).toHaveClass('is-selected');
    expect(within(first ?? document.body).getByRole('button')).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('asks to close when Close is clicked', async () => {
    const user = userEvent.setup();
    const onSelect = renderWithSelection(largest?.id ?? null);
    const dialog = screen.getByRole('dialog', { name: largest?.name });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('asks to close when Escape is pressed inside it', async () => {
    const user = userEvent.setup();
    const onSelect = renderWithSelection(largest?.id ?? null);
    expect(within(screen.getByRole('dialog')).getByRole('heading')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('gives focus back to the row that opened it once closed', async () => {
    const user = userEvent.setup();
    const incidents = [makeIncident({ id: 'a', name: 'Alpha' }), makeIncident({ id: 'b' })];
    render(<IncidentsTableHarness incidents={incidents} />);
    const opener = screen.getByRole('button', { name: 'Alpha' });

    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'Alpha' })).toBeVisible();
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('shows a non-http source as text and a name that looks like HTML as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const incident = makeIncident({ id: 'x', name, sourceUrls: ['javascript:alert(1)'] });
    render(<IncidentsTableHarness incidents={[incident]} initialSelectedId="x" />);
    const dialog = screen.getByRole('dialog', { name });
    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();
    expect(within(dialog).getByText('javascript:alert(1)')).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows nothing when the selected incident is not among the filtered ones', () => {
    renderWithSelection('no-such-incident');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
