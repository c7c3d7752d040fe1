import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ROW_HEIGHT_PX } from '../../../src/features/incidents-table/use-virtual-rows';
import { IncidentsTableHarness, getDataRows, makeSyntheticIncidents, rowName } from './fixtures';

const MAX_RENDERED_ROWS = 60;

describe('IncidentsTable with 10,000 incidents', () => {
  const incidents = makeSyntheticIncidents(10_000);

  it('renders only a window of rows while announcing all of them', () => {
    render(<IncidentsTableHarness incidents={incidents} />);
    const table = screen.getByRole('table', { name: 'Incidents' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rows = getDataRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(rowName(rows[0] ?? document.body)).toBe('Synthetic incident 0');
    expect(screen.getByText('10,000 of 10,000 incidents')).toBeVisible();
  });

  it('renders the rows at the scroll position, numbered by their place in the whole list', () => {
    render(<IncidentsTableHarness incidents={incidents} />);
    const scroller = screen.getByRole('table', { name: 'Incidents' }).parentElement;
    if (!scroller) throw new Error('no scroll container');
    fireEvent.scroll(scroller, { target: { scrollTop: 5_000 * ROW_HEIGHT_PX } });

    const rows = getDataRows();
    expect(rows.length).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
    const names = rows.map(rowName);
    expect(names).toContain('Synthetic incident 5000');
    expect(names).not.toContain('Synthetic incident 0');
    const row5000 = rows[names.indexOf('Synthetic incident 5000')];
    expect(row5000).toHaveAttribute('aria-rowindex', '5002');
  });
});
