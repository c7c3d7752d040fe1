import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatCount, formatUsdCompact } from '../../src/lib/format';
import { openDataTable } from './support/data-table';
import { findTotals as totals, renderApp, stat } from './support/app';
import {
  figureOf,
  fixtureIncidents,
  fixtureMeta,
  inMonths,
  isDprkAttributed,
} from './support/dataset';

const all = figureOf();
const february = figureOf(inMonths('2025-02', '2025-02'));
const dprk2025 = figureOf((i) => isDprkAttributed(i) && inMonths('2025-01', '2025-09')(i));
const estimate2025 = fixtureMeta.publishedEstimates.find(
  (e) =>
    e.metric === 'DPRK stolen' && e.periodStart === '2025-01-01' && e.periodEnd === '2025-09-30',
);
const publisher2025 = estimate2025?.publisher.replace(/\s*\(.*\)$/, '') ?? 'no 2025 estimate';
/** The largest incident of the fixture, found by the first word of its name. */
const largest = [...fixtureIncidents].sort((a, b) => b.amountUsd - a.amountUsd)[0];
const largestWord = (largest?.name.split(' ')[0] ?? 'no incidents').toLowerCase();

const search = () => new URLSearchParams(window.location.search);

describe('filtering the dashboard', () => {
  it('opens a shared DPRK January–September 2025 link with its totals and the published figure', async () => {
    renderApp('/?from=2025-01&to=2025-09&attribution=DPRK');
    await waitFor(async () =>
      expect(await stat('Incidents')).toHaveTextContent(formatCount(dprk2025.count)),
    );
    expect(await stat('Total stolen')).toHaveTextContent(formatUsdCompact(dprk2025.totalUsd));
    const published = screen.getByRole('region', { name: 'Published figures for this period' });
    expect(published).toHaveTextContent(
      `${publisher2025} reported ${formatUsdCompact(estimate2025?.amountUsd ?? Number.NaN)} for this period; this dataset has ${formatUsdCompact(dprk2025.totalUsd)} across ${dprk2025.count} incidents`,
    );
    expect(screen.getByLabelText('From month')).toHaveValue('2025-01');
    expect(screen.getByLabelText('Attribution')).toHaveValue('DPRK');
  });

  it('narrows to February 2025 from the timeline data table, and back restores the view', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const chart = await screen.findByRole('figure', { name: 'Thefts over time' });
    const table = await openDataTable(chart);
    await user.click(within(table).getByRole('button', { name: 'Show February 2025' }));
    await waitFor(async () =>
      expect(await stat('Incidents')).toHaveTextContent(formatCount(february.count)),
    );
    expect(await stat('Total stolen')).toHaveTextContent(formatUsdCompact(february.totalUsd));
    expect(search().get('from')).toBe('2025-02');
    expect(search().get('to')).toBe('2025-02');
    window.history.back();
    await waitFor(async () =>
      expect(await stat('Incidents')).toHaveTextContent(formatCount(all.count)),
    );
    expect(window.location.search).toBe('');
  });

  it('filters by attribution, shows a removable chip, and clears every filter', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await totals();
    await user.selectOptions(screen.getByLabelText('Attribution'), 'DPRK');
    expect(search().get('attribution')).toBe('DPRK');
    const chip = screen.getByRole('button', { name: 'Remove filter: Attributed to DPRK' });
    expect(await stat('Attributed to DPRK')).toHaveTextContent('100% of the total');
    await user.click(chip);
    expect(search().has('attribution')).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: /^Bridge/ }));
    await user.click(screen.getByRole('button', { name: '2024' }));
    expect(window.location.search).toBe('?from=2024-01&to=2024-12&category=bridge');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(window.location.search).toBe('');
    await waitFor(async () =>
      expect(await stat('Incidents')).toHaveTextContent(formatCount(all.count)),
    );
  });

  it('shows how many incidents each option has under the other filters', async () => {
    renderApp('/?from=2025-02&to=2025-02');
    await totals();
    const attribution = screen.getByLabelText('Attribution');
    await waitFor(() =>
      expect(
        within(attribution).getByRole('option', { name: /^Unattributed/ }),
      ).toBeInTheDocument(),
    );
    const dprk = within(attribution).getByRole('option', { name: /^DPRK \(every DPRK cluster/ });
    const unattributed = within(attribution).getByRole('option', { name: /^Unattributed/ });
    const count = (text: string | null) => Number(/\((\d+)\)$/.exec(text ?? '')?.[1]);
    expect(count(dprk.textContent) + count(unattributed.textContent)).toBeLessThanOrEqual(
      february.count,
    );
    expect(count(dprk.textContent)).toBeGreaterThan(0);
  });

  it('searches names and techniques as you type, replacing the history entry', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await totals();
    const before = window.history.length;
    await user.type(screen.getByRole('searchbox', { name: 'Search incidents' }), largestWord);
    expect(search().get('q')).toBe(largestWord);
    expect(window.history.length).toBe(before);
    await waitFor(async () =>
      expect(await stat('Largest incident')).toHaveTextContent(largest?.name ?? 'no incidents'),
    );
  });

  it('applies a minimum amount and explains an amount it cannot read', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await totals();
    const input = screen.getByRole('spinbutton', { name: 'Minimum amount' });
    await user.type(input, '1000000000');
    const atLeastOneBillion = figureOf((incident) => incident.amountUsd >= 1_000_000_000);
    await waitFor(async () =>
      expect(await stat('Incidents')).toHaveTextContent(formatCount(atLeastOneBillion.count)),
    );
    expect(search().get('min')).toBe('1000000000');
    fireEvent.change(input, { target: { value: '-3' } });
    expect(screen.getByText(/Enter an amount in US dollars/)).toBeInTheDocument();
  });

  it('swaps a reversed month range typed by hand and says so', async () => {
    renderApp('/?from=2025-06');
    await totals();
    fireEvent.change(screen.getByLabelText('To month'), { target: { value: '2025-02' } });
    expect(screen.getByText(/range was swapped/)).toBeInTheDocument();
    expect(search().get('from')).toBe('2025-02');
    expect(search().get('to')).toBe('2025-06');
  });

  it('shows an empty state in every panel when nothing matches', async () => {
    renderApp('/?q=no-such-incident-anywhere');
    await waitFor(async () => expect(await stat('Incidents')).toHaveTextContent('0'));
    expect(await stat('Total stolen')).toHaveTextContent('$0');
    // The lower panels follow the totals and the timeline a frame later.
    await waitFor(() =>
      expect(screen.getAllByText(/No incidents match/).length).toBeGreaterThanOrEqual(4),
    );
  });

  it('ignores the bad parts of a link with a visible notice and keeps the good ones', async () => {
    renderApp('/?from=2025-13&attribution=DPRK&colour=%3Cb%3Ered%3C%2Fb%3E');
    const notice = await screen.findByRole('status', { name: 'Notices about this link' });
    expect(notice).toHaveTextContent('Ignored from=“2025-13”: not a month');
    expect(notice).toHaveTextContent('unknown parameter “colour”');
    expect(notice.querySelector('b')).toBeNull();
    expect(screen.getByLabelText('Attribution')).toHaveValue('DPRK');
  });

  it('keeps the chart mode and the table sort in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/?mode=yearly&sort=amount-desc');
    expect(await screen.findByRole('button', { name: 'Yearly' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Monthly' }));
    expect(search().get('mode')).toBeNull();
    expect(search().get('sort')).toBe('amount-desc');
  });
});

describe('the attribution options', () => {
  it('lists each attribution once, with DPRK first as the group of every DPRK cluster', async () => {
    renderApp('/');
    await totals();
    const options = within(screen.getByLabelText('Attribution'))
      .getAllByRole('option')
      .map((option) => option.getAttribute('value'));
    expect(new Set(options).size).toBe(options.length);
    expect(options.slice(0, 2)).toEqual(['', 'DPRK']);
    expect(options.at(-1)).toBe('unattributed');
  });

  it('adds up in 2024: the DPRK group is its named clusters plus "DPRK, cluster not named"', async () => {
    renderApp('/?from=2024-01&to=2024-12');
    await totals();
    const select = screen.getByLabelText('Attribution');
    const count = (text: string | null) => Number(/\((\d+)\)$/.exec(text ?? '')?.[1] ?? 0);
    const dprk = within(select).getByRole('option', { name: /^DPRK \(every DPRK cluster/ });
    const unnamed = within(select).getByRole('option', { name: /^DPRK, cluster not named/ });
    const clusters = within(select)
      .getAllByRole('option')
      .filter((option) => option.getAttribute('value')?.startsWith('DPRK ('));
    const inYear = inMonths('2024-01', '2024-12');
    expect(count(dprk.textContent)).toBe(figureOf((i) => inYear(i) && isDprkAttributed(i)).count);
    expect(count(unnamed.textContent)).toBe(
      figureOf((i) => inYear(i) && i.attribution === 'DPRK').count,
    );
    const sum = clusters.reduce((total, option) => total + count(option.textContent), 0);
    expect(sum + count(unnamed.textContent)).toBe(count(dprk.textContent));
  });

  it('keeps suspected attributions apart from DPRK and says how many the DPRK option leaves out', async () => {
    const user = userEvent.setup();
    renderApp('/?from=2025-01&to=2025-12');
    await totals();
    const select = screen.getByLabelText('Attribution');
    const inYear = inMonths('2025-01', '2025-12');
    const suspectedDprk = figureOf(
      (i) =>
        inYear(i) && /^suspected:/i.test(i.attribution ?? '') && /DPRK/.test(i.attribution ?? ''),
    );
    expect(suspectedDprk.count).toBeGreaterThan(0);
    expect(
      within(select).getByRole('option', {
        name: new RegExp(
          `^DPRK \\(every DPRK cluster; excludes ${suspectedDprk.count} suspected\\)`,
        ),
      }),
    ).toBeInTheDocument();
    await user.selectOptions(select, 'suspected');
    const suspected = figureOf((i) => inYear(i) && /^suspected:/i.test(i.attribution ?? ''));
    await waitFor(async () =>
      expect(await stat('Incidents')).toHaveTextContent(formatCount(suspected.count)),
    );
  });
});

describe('searching incidents', () => {
  it('matches the attribution as typed, key by key', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await totals();
    await user.type(screen.getByRole('searchbox', { name: 'Search incidents' }), 'TraderTraitor');
    const needle = 'tradertraitor';
    const expected = figureOf(
      (i) =>
        i.name.toLowerCase().includes(needle) ||
        (i.technique ?? '').toLowerCase().includes(needle) ||
        (i.attribution ?? '').toLowerCase().includes(needle),
    );
    expect(expected.count).toBeGreaterThan(0);
    await waitFor(async () =>
      expect(await stat('Incidents')).toHaveTextContent(formatCount(expected.count)),
    );
  });
});

describe('a published figure beside ours', () => {
  it('says what it counts, gives ours without category "other", and keeps the quote behind a disclosure', async () => {
    const user = userEvent.setup();
    renderApp('/?from=2025-01&to=2025-09&attribution=DPRK');
    const published = await screen.findByRole('region', {
      name: 'Published figures for this period',
    });
    const withoutOther = figureOf(
      (i) => isDprkAttributed(i) && inMonths('2025-01', '2025-09')(i) && i.category !== 'other',
    );
    expect(published).toHaveTextContent(
      `this dataset has ${formatUsdCompact(withoutOther.totalUsd)} across ${withoutOther.count} incidents`,
    );
    expect(published).toHaveTextContent(estimate2025?.publisher ?? 'no 2025 estimate');
    const disclosure = within(published).getAllByText(/^What it counts/)[0];
    if (!disclosure) throw new Error('no disclosure');
    const quote = within(published).getByText(estimate2025?.quote ?? 'no quote');
    expect(quote).not.toBeVisible();
    await user.click(disclosure);
    expect(quote).toBeVisible();
  });

  it('lists every published estimate in About, each with a link that opens its scope', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await totals();
    await user.click(screen.getByRole('heading', { level: 2, name: 'About the data' }));
    const count = fixtureMeta.publishedEstimates.length;
    await user.click(screen.getByText(`Published estimates (${count})`));
    const listed = screen.getByText(
      (_content, element) =>
        element?.tagName === 'LI' &&
        (element.textContent ?? '').startsWith(`${estimate2025?.publisher}:`),
    );
    expect(within(listed).getByRole('link', { name: 'Open this scope' })).toHaveAttribute(
      'href',
      '?from=2025-01&to=2025-09&attribution=DPRK',
    );
  });
});
