import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import dataset from '../../../mocks/data/incidents.json';
import { HOSTILE } from '../../../mocks/fixtures/hostile-incidents';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { renderApp } from '../../render';
import { answer, answerJson, stat } from './helpers';

const bad = (overrides: Record<string, unknown>) => ({
  ...makeIncident({ id: 'bad' }),
  ...overrides,
});
const nameless: Record<string, unknown> = { ...makeIncident({ id: 'bad' }) };
delete nameless.name;
/** JSON cannot write Infinity; `1e999` is how a server's number overflows into it. */
const OVERFLOW = '__overflow__';

/** A bad row after the three valid ones ($7,000,000 in all): which field, and why. */
const BAD_ROWS: [string, unknown, string, string][] = [
  [
    'a date that is not a real day',
    bad({ date: '2025-02-30' }),
    'date',
    'is not a real calendar date',
  ],
  [
    'a date that is not a date',
    bad({ date: 'yesterday' }),
    'date',
    'must be a date written YYYY-MM-DD',
  ],
  ['a negative amount', bad({ amountUsd: -250_000 }), 'amountUsd', 'must be greater than zero'],
  ['a zero amount', bad({ amountUsd: 0 }), 'amountUsd', 'must be greater than zero'],
  ['a NaN amount', bad({ amountUsd: 'NaN' }), 'amountUsd', 'must be a number of US dollars'],
  [
    'an amount in a string',
    bad({ amountUsd: '1000000' }),
    'amountUsd',
    'must be a number of US dollars',
  ],
  [
    'an absurdly large amount',
    bad({ amountUsd: 4.2e15 }),
    'amountUsd',
    'must not exceed $100,000,000,000',
  ],
  [
    'an amount that overflows to Infinity',
    bad({ amountUsd: OVERFLOW }),
    'amountUsd',
    'must be a number of US dollars',
  ],
  ['an unknown category', bad({ category: 'casino' }), 'category', 'must be one of defi-protocol'],
  ['no name', nameless, 'name', 'is missing'],
  ['a blank name', bad({ name: '   ' }), 'name', 'must not be blank (nothing visible in it)'],
  [
    'chains that are not a list',
    bad({ chains: 'Ethereum, BSC' }),
    'chains',
    'must be a list of chain names',
  ],
  [
    'a javascript: source URL',
    bad({ sourceUrls: [HOSTILE.javascriptUrl] }),
    'sourceUrls.0',
    'must be an http(s) URL',
  ],
  [
    'a data: source URL',
    bad({ sourceUrls: [HOSTILE.dataUrl] }),
    'sourceUrls.0',
    'must be an http(s) URL',
  ],
  ['no source URL', bad({ sourceUrls: [] }), 'sourceUrls', 'must list at least one source'],
  ['a negative returned amount', bad({ returnedUsd: -1 }), 'returnedUsd', 'must not be negative'],
  [
    'the id of an earlier row',
    bad({ id: 'alpha', amountUsd: 9e9 }),
    'id',
    'duplicates an earlier row',
  ],
];

function answerRows(rows: readonly unknown[]) {
  const body = JSON.stringify(incidentsResponse(rows)).replace(`"${OVERFLOW}"`, '1e999');
  answer(() => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }));
}

async function skippedReport() {
  return screen.findByRole('alert');
}

describe('rows that fail validation', () => {
  it.each(BAD_ROWS)(
    'leaves out and reports a row with %s, and totals the valid rows only',
    async (_what, row, field, reason) => {
      const user = userEvent.setup();
      answerRows([...SMALL_ROWS, row]);
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
        typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : '–',
        field,
        expect.stringContaining(reason),
      ]);
      expect(await stat('Incidents')).toHaveTextContent('3');
      expect(await stat('Total stolen')).toHaveTextContent('$7,000,000');
      expect(screen.getByRole('region', { name: 'Totals' })).toHaveTextContent(
        'These figures exclude 1 skipped row that failed validation.',
      );
    },
  );

  it('says "3 of 903 incidents were skipped", lists them, copies the list, and shows the other 900', async () => {
    const user = userEvent.setup();
    const valid = dataset.incidents.slice(0, 900);
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

  it('ignores unknown extra fields and shows every row, with no report', async () => {
    answerJson({
      ...incidentsResponse(SMALL_ROWS.map((row) => ({ ...row, severity: 'high', '<b>': '<i>' }))),
      pagination: { next: null },
    });
    renderApp();
    await waitFor(async () => expect(await stat('Incidents')).toHaveTextContent('3'));
    expect(await stat('Total stolen')).toHaveTextContent('$7,000,000');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/skipped/)).toBeNull();
  });
});
