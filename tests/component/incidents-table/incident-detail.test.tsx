import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { IncidentsTableHarness, getDataRows, realIncidents, renderTable } from './fixtures';

const bybit = realIncidents.find((incident) => incident.id === 'bybit-2025-02-21');

function renderWithSelection(selectedId: string | null) {
  return renderTable({ selectedId }).onSelect;
}

describe('the incident detail panel', () => {
  it('opens with every field and every source link when a row is selected', async () => {
    if (!bybit) throw new Error('Bybit is missing from the dataset');
    const user = userEvent.setup();
    render(
      <IncidentsTableHarness
        incidents={realIncidents}
        initialSort={{ column: 'amount', direction: 'desc' }}
      />,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bybit' }));

    const dialog = screen.getByRole('dialog', { name: 'Bybit' });
    expect(dialog).toHaveAttribute('aria-modal', 'false');
    expect(within(dialog).getByRole('heading', { name: 'Bybit' })).toHaveFocus();
    for (const text of ['Feb 21, 2025', '$1,460,000,000', 'Centralized exchange', bybit.id]) {
      expect(within(dialog).getByText(text)).toBeVisible();
    }
    expect(within(dialog).getByText(bybit.attribution ?? 'Unattributed')).toBeVisible();
    const hrefs = within(dialog)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(bybit.sourceUrls.map((url) => new URL(url).href));
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
    const onSelect = renderWithSelection('bybit-2025-02-21');
    await user.click(
      within(screen.getByRole('dialog', { name: 'Bybit' })).getByRole('button', { name: 'Close' }),
    );
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('asks to close when Escape is pressed inside it', async () => {
    const user = userEvent.setup();
    const onSelect = renderWithSelection('bybit-2025-02-21');
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
