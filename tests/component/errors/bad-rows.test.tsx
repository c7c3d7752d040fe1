import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { answerJson, renderApp, stat } from '../support/app';

const bad = (overrides: Record<string, unknown>) => ({
  ...makeIncident({ id: 'bad' }),
  ...overrides,
});

// Which field and why, for every kind of bad row, is tested on the parser itself
// (tests/unit/data/parse-incidents.test.ts): here, one case shows the report on the page.
function answerRows(rows: readonly unknown[]) {
  answerJson(incidentsResponse(rows));
}

async function skippedReport() {
  return screen.findByRole('alert');
}

describe('rows that fail validation', () => {
  it('leaves out and reports a row that fails, which field and why, and totals the valid rows only', async () => {
    const user = userEvent.setup();
    answerRows([...SMALL_ROWS, bad({ date: '2025-02-30' })]);
    renderApp();
    const report = await skippedReport();
    expect(report).toHaveTextContent(
      '1 of 4 incidents were skipped because they failed validation',
    );
    await user.click(within(report).getByText('Show the skipped rows'));
    const table = within(report).getByRole('table', { name: 'Skipped rows' });
    const cells = within(within(table).getAllByRole('row')[1] ?? table).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '4',
      'bad',
      'date',
      'is not a real calendar date',
    ]);
    expect(await stat('Incidents')).toHaveTextContent('3');
    expect(await stat('Total stolen')).toHaveTextContent('$7,000,000');
    expect(screen.getByRole('region', { name: 'Totals' })).toHaveTextContent(
      'These figures exclude 1 skipped row that failed validation.',
    );
  });

  it('says "3 of 903 incidents were skipped", lists them, copies the list, and shows the other 900', async () => {
    const user = userEvent.setup();
    const valid = Array.from({ length: 900 }, (_, i) => makeIncident({ id: `valid-${i}` }));
    answerRows([
      ...valid.slice(0, 10),
      bad({ id: 'one', date: '2025-02-30' }),
      ...valid.slice(10, 500),
      bad({ id: 'two', amountUsd: -1 }),
      ...valid.slice(500),
      null,
    ]);
    renderApp();
    const report = await skippedReport();
    expect(report).toHaveTextContent('3 of 903 incidents were skipped');
    const summary = within(report).getByText('Show the skipped rows');
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
    const rows = within(within(report).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '11onedateis not a real calendar date',
      '502twoamountUsdmust be greater than zero',
      '903–(row)is not an incident object',
    ]);
    await user.click(within(report).getByRole('button', { name: 'Copy the list' }));
    await waitFor(() => expect(within(report).getByRole('status')).toHaveTextContent('Copied.'));
    expect(await navigator.clipboard.readText()).toBe(
      [
        'row 11 (one), date: is not a real calendar date',
        'row 502 (two), amountUsd: must be greater than zero',
        'row 903, (row): is not an incident object',
      ].join('\n'),
    );
    expect(await stat('Incidents')).toHaveTextContent('900');
    expect(screen.getByRole('region', { name: 'Totals' })).toHaveTextContent(
      'These figures exclude 3 skipped rows that failed validation.',
    );
  });

  it('groups 20,000 rows that lack amountUsd under one reason and lists them all on request', async () => {
    const user = userEvent.setup();
    const amountless = Array.from({ length: 20_000 }, (_, i) => {
      const row: Record<string, unknown> = { ...makeIncident({ id: `no-amount-${i}` }) };
      delete row.amountUsd;
      return row;
    });
    answerRows([...SMALL_ROWS, ...amountless, bad({ id: 'late', date: '2025-02-30' })]);
    renderApp();
    const report = await skippedReport();
    expect(report).toHaveTextContent('20,001 of 20,004 incidents were skipped');
    await user.click(within(report).getByText('Show the skipped rows'));
    const groups = within(report).getByRole('list', { name: 'Skipped rows by reason' });
    const items = within(groups).getAllByRole('listitem');
    expect(items.map((item) => item.firstChild?.textContent)).toEqual([
      '20,000 rows: amountUsd is missing',
      '1 row: date is not a real calendar date',
    ]);
    // The table shows the first five rows of each reason, not 20,001.
    const table = within(report).getByRole('table', { name: 'Skipped rows' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 5 + 1);
    await user.click(within(report).getByRole('button', { name: 'Show all 20,000 rows' }));
    const all = within(report).getByRole('region', {
      name: 'All 20,000 rows: amountUsd is missing',
    });
    const lines = within(all).getAllByRole('listitem');
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.length).toBeLessThan(100);
    expect(lines[0]).toHaveTextContent('Row 4 (no-amount-0): amountUsd is missing');
    expect(lines[0]).toHaveAttribute('aria-setsize', '20000');
    await user.click(within(report).getByRole('button', { name: 'Copy the list' }));
    await waitFor(() => expect(within(report).getByRole('status')).toHaveTextContent('Copied.'));
    const copied = (await navigator.clipboard.readText()).split('\n');
    expect(copied).toHaveLength(20_001);
    expect(copied.at(-1)).toBe('row 20004 (late), date: is not a real calendar date');
    expect(await stat('Incidents')).toHaveTextContent('3');
  });
});
