import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';
import { incidentsResponse } from '../../../mocks/fixtures/responses';
import { answerJson, renderApp, stat } from '../support/app';

// Five thefts whose sums tell every range apart: $1M, $2M, $4M, $8M and $16M.
const ROWS = makeIncidents([
  ['nov', '2024-11-05', 1_000_000],
  ['feb', '2025-02-10', 2_000_000],
  ['mar', '2025-03-20', 4_000_000],
  ['jun', '2025-06-30', 8_000_000],
  ['jul', '2025-07-01', 16_000_000],
]);
const BODY = {
  ...incidentsResponse(ROWS),
  meta: { ...incidentsResponse(ROWS).meta, firstDate: '2024-11-05', lastDate: '2025-07-01' },
};

const params = () => new URLSearchParams(window.location.search);
const chips = () => screen.getByRole('group', { name: 'Active filters' });

async function openDashboard(url = '/') {
  answerJson(BODY);
  renderApp(url);
  await stat('Total stolen');
}

/** The exact figure Totals shows beside the compact one: `$31,000,000`. */
const usd = (millions: number) => `$${(millions * 1_000_000).toLocaleString('en-US')}`;

/** Types `keys` one at a time into the field, calling `check` after every key. */
async function typeKeyByKey(
  user: UserEvent,
  label: string,
  keys: readonly string[],
  check: (typedSoFar: number) => Promise<void>,
) {
  await user.click(screen.getByLabelText(label));
  for (const [index, key] of keys.entries()) {
    await user.keyboard(key);
    await check(index + 1);
  }
}

const MAR_2025 = ['M', 'a', 'r', '{ArrowRight}', '2', '0', '2', '5'];
const JUN_2025 = ['J', 'u', 'n', '{ArrowRight}', '2', '0', '2', '5'];

describe('typing a month range key by key', () => {
  it('applies From, then To, only once each month is complete, with no history entries', async () => {
    const user = userEvent.setup();
    await openDashboard();
    const historyLength = window.history.length;

    await typeKeyByKey(user, 'From month', MAR_2025, async (typed) => {
      const complete = typed === MAR_2025.length;
      expect(params().get('from')).toBe(complete ? '2025-03' : null);
      expect(params().has('to')).toBe(false);
      expect(await stat('Total stolen')).toHaveTextContent(usd(complete ? 28 : 31));
    });
    expect(within(chips()).getByRole('button', { name: /From Mar 2025/ })).toBeVisible();

    await typeKeyByKey(user, 'To month', JUN_2025, async (typed) => {
      const complete = typed === JUN_2025.length;
      expect(params().get('from')).toBe('2025-03');
      expect(params().get('to')).toBe(complete ? '2025-06' : null);
      expect(await stat('Total stolen')).toHaveTextContent(usd(complete ? 12 : 28));
    });
    expect(within(chips()).getByRole('button', { name: /Mar 2025 – Jun 2025/ })).toBeVisible();
    expect(window.history.length).toBe(historyLength);
  });

  it('applies To, then From, in other spellings, and never swaps a half-typed month', async () => {
    const user = userEvent.setup();
    await openDashboard();

    const toKeys = [...'2025-06'];
    await typeKeyByKey(user, 'To month', toKeys, async (typed) => {
      const complete = typed === toKeys.length;
      expect(params().get('to')).toBe(complete ? '2025-06' : null);
      expect(await stat('Total stolen')).toHaveTextContent(usd(complete ? 15 : 31));
    });

    const fromKeys = [...'03/2025'];
    await typeKeyByKey(user, 'From month', fromKeys, async (typed) => {
      const complete = typed === fromKeys.length;
      expect(params().get('from')).toBe(complete ? '2025-03' : null);
      expect(params().get('to')).toBe('2025-06');
      expect(await stat('Total stolen')).toHaveTextContent(usd(complete ? 12 : 15));
    });
    expect(screen.queryByText(/range was swapped/)).not.toBeInTheDocument();
  });

  it('swaps a reversed range only when both months are complete, and says so', async () => {
    const user = userEvent.setup();
    await openDashboard('/?from=2025-06');
    const keys = [...'2025-02'];
    await typeKeyByKey(user, 'To month', keys, async (typed) => {
      const complete = typed === keys.length;
      expect(params().get('from')).toBe(complete ? '2025-02' : '2025-06');
      expect(params().get('to')).toBe(complete ? '2025-06' : null);
    });
    expect(screen.getByText(/range was swapped: February 2025 to June 2025/)).toBeVisible();
    expect(await stat('Total stolen')).toHaveTextContent(usd(14));
  });

  it('keeps the last good month and says why when a month is outside the data', async () => {
    const user = userEvent.setup();
    await openDashboard('/?from=2025-02');
    const input = screen.getByLabelText('From month');
    await user.tripleClick(input);
    await user.keyboard('2030-01');
    expect(params().get('from')).toBe('2025-02');
    expect(
      screen.getByText(
        'January 2030 is outside the data (November 2024 to July 2025), so it was not applied.',
      ),
    ).toBeVisible();
    await user.tab();
    expect(input).toHaveValue('2025-02'); // back to the month that is applied
    expect(await stat('Total stolen')).toHaveTextContent(usd(30));
  });

  it('applies a short month, a cleared field and reports unreadable text on Enter', async () => {
    const user = userEvent.setup();
    await openDashboard('/?from=2025-02&to=2025-06');
    const to = screen.getByLabelText('To month');
    await user.tripleClick(to);
    await user.keyboard('2025-3');
    expect(params().get('to')).toBe('2025-06'); // may still become 2025-30…
    await user.keyboard('{Enter}');
    expect(params().get('to')).toBe('2025-03');

    await user.tripleClick(to);
    await user.keyboard('{Backspace}');
    expect(params().get('to')).toBe('2025-03'); // an empty field is applied on Enter or leaving
    await user.tab();
    expect(params().has('to')).toBe(false);

    const from = screen.getByLabelText('From month');
    await user.tripleClick(from);
    await user.keyboard('soon{Enter}');
    expect(screen.getByText(/“soon” is not a month, so it was not applied/)).toBeVisible();
    expect(params().get('from')).toBe('2025-02');
  });

  it('follows the URL when a preset is chosen after typing', async () => {
    const user = userEvent.setup();
    await openDashboard();
    await user.click(screen.getByLabelText('From month'));
    await user.keyboard('Feb 202');
    await user.click(screen.getByRole('button', { name: '2024' }));
    expect(screen.getByLabelText('From month')).toHaveValue('2024-01');
    expect(screen.getByLabelText('To month')).toHaveValue('2024-12');
  });
});
