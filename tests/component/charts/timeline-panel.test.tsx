import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChartMode } from '../../../src/domain/view-state';
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel';
import { openDataTable } from '../support/data-table';
import { summary } from './dataset';
import { figureOf, fixtureMeta, inMonths, isDprkAttributed } from '../support/dataset';
import { formatCount, formatUsd } from '../../../src/lib/format';

const february2025 = inMonths('2025-02', '2025-02');
const firstYear = Number(fixtureMeta.firstDate.slice(0, 4));
const yearCount = Number(fixtureMeta.lastDate.slice(0, 4)) - firstYear + 1;

function renderTimeline(mode: ChartMode = 'monthly', monthly = summary.monthly) {
  const onModeChange = vi.fn<(mode: ChartMode) => void>();
  const onSelectPeriod = vi.fn<(period: string) => void>();
  render(
    <TimelinePanel
      monthly={monthly}
      quarterly={summary.quarterly}
      yearly={summary.yearly}
      mode={mode}
      onModeChange={onModeChange}
      onSelectPeriod={onSelectPeriod}
    />,
  );
  const figure = screen.getByRole('figure', { name: 'Thefts over time' });
  return { figure, onModeChange, onSelectPeriod };
}

// Load the chart code once up front, so no single test pays for it.
beforeAll(() => import('../../../src/components/charts/timeline-chart'), 30_000);

describe('TimelinePanel', () => {
  it('draws the monthly chart with a data table holding the February 2025 figures', async () => {
    const { figure } = renderTimeline();
    await within(figure).findByRole('application', { name: /per month/ });
    expect(within(figure).getByText('Month of theft (UTC)')).toBeInTheDocument();
    const table = await openDataTable(figure);
    expect(table).toHaveAccessibleName('Thefts over time data');
    const february = within(table).getByRole('row', { name: /February 2025/ });
    const { totalUsd, count } = figureOf(february2025);
    expect(february).toHaveTextContent(formatUsd(totalUsd));
    expect(within(february).getAllByRole('cell').at(-1)).toHaveTextContent(formatCount(count));
    expect(within(figure).getByText(/per calendar month \(UTC\)/)).toBeInTheDocument();
  });

  it('shows one row per year with the 2025 total in yearly mode', async () => {
    const { figure } = renderTimeline('yearly');
    await within(figure).findByRole('application', { name: /per year/ });
    expect(within(figure).getByText('Year of theft (UTC)')).toBeInTheDocument();
    const table = await openDataTable(figure);
    expect(table).toHaveAccessibleName('Thefts over time data');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + yearCount); // header + each year
    const year = within(table).getByRole('button', { name: 'Show 2025' }).closest('tr');
    if (year === null) throw new Error('The 2025 button is not in a row');
    const { totalUsd, count } = figureOf(inMonths('2025-01', '2025-12'));
    // The total and the count, then the two changes from the year before.
    expect(within(year).getAllByRole('cell').at(-4)).toHaveTextContent(formatUsd(totalUsd));
    expect(within(year).getAllByRole('cell').at(-3)).toHaveTextContent(formatCount(count));
  });

  it('marks the current mode as pressed and asks for the other one', async () => {
    const user = userEvent.setup();
    const { figure, onModeChange } = renderTimeline('monthly');
    const group = within(figure).getByRole('group', { name: 'Chart period' });
    const monthly = within(group).getByRole('button', { name: 'Monthly' });
    const yearly = within(group).getByRole('button', { name: 'Yearly' });
    expect(monthly).toHaveAttribute('aria-pressed', 'true');
    expect(yearly).toHaveAttribute('aria-pressed', 'false');
    await user.click(yearly);
    expect(onModeChange).toHaveBeenCalledExactlyOnceWith('yearly');
  });

  it('shows Yearly as pressed in yearly mode and asks for monthly', async () => {
    const user = userEvent.setup();
    const { figure, onModeChange } = renderTimeline('yearly');
    expect(within(figure).getByRole('button', { name: 'Yearly' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(figure).getByRole('button', { name: 'Monthly' }));
    expect(onModeChange).toHaveBeenCalledExactlyOnceWith('monthly');
  });

  it('narrows to February 2025 from its button in the data table', async () => {
    const user = userEvent.setup();
    const { figure, onSelectPeriod } = renderTimeline();
    const table = await openDataTable(figure);
    await user.click(within(table).getByRole('button', { name: 'Show February 2025' }));
    expect(onSelectPeriod).toHaveBeenCalledExactlyOnceWith('2025-02');
  });

  it('narrows to a whole year from its button in yearly mode', async () => {
    const user = userEvent.setup();
    const { figure, onSelectPeriod } = renderTimeline('yearly');
    const table = await openDataTable(figure);
    await user.click(within(table).getByRole('button', { name: 'Show 2022' }));
    expect(onSelectPeriod).toHaveBeenCalledExactlyOnceWith('2022');
  });

  it('selects the bar the arrow keys reach when Enter is pressed on the chart', async () => {
    const user = userEvent.setup();
    const { figure, onSelectPeriod } = renderTimeline('yearly');
    const chart = await within(figure).findByRole('application', { name: /per year/ });
    act(() => chart.focus());
    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    expect(onSelectPeriod).toHaveBeenCalledExactlyOnceWith(String(firstYear + 2));
  });

  it("stacks each year's DPRK part under the rest, and a click on a bar selects its year", async () => {
    const user = userEvent.setup();
    const { figure, onSelectPeriod } = renderTimeline('yearly');
    await within(figure).findByRole('application', { name: /per year/ });
    const dprk = bars(figure, 'bar-dprk');
    const other = bars(figure, 'bar-other');
    expect(other).toHaveLength(summary.yearly.filter((year) => year.otherUsd > 0).length);
    expect(dprk).toHaveLength(summary.yearly.filter((year) => year.dprkUsd > 0).length);
    // The segments come in the order of the years that have one.
    const segmentOf = (list: SVGRectElement[], part: 'dprkUsd' | 'otherUsd') =>
      list[summary.yearly.filter((year) => year[part] > 0).findIndex((y) => y.period === '2025')];
    const year2025 = summary.yearly.find((year) => year.period === '2025');
    const [lowerBar, upperBar] = [segmentOf(dprk, 'dprkUsd'), segmentOf(other, 'otherUsd')];
    if (!year2025 || !lowerBar || !upperBar) throw new Error('no 2025 bar');
    const [lower, upper] = [box(lowerBar), box(upperBar)];
    expect(upper.x).toBe(lower.x);
    expect(upper.y + upper.height).toBeCloseTo(lower.y, 6); // stacked, no gap
    expect(lower.height / upper.height).toBeCloseTo(year2025.dprkUsd / year2025.otherUsd, 6);
    await user.click(upperBar);
    expect(onSelectPeriod).toHaveBeenCalledExactlyOnceWith('2025');
  });

  it('draws the bars over the band that marks the focused period, not under it', async () => {
    const user = userEvent.setup();
    const { figure } = renderTimeline('yearly');
    const chart = await within(figure).findByRole('application', { name: /per year/ });
    act(() => chart.focus());
    await user.keyboard('{ArrowRight}');
    const band = await waitFor(() => {
      const cursor = figure.querySelector('.recharts-tooltip-cursor');
      if (cursor === null) throw new Error('no band yet');
      return cursor;
    });
    const bars = figure.querySelector('.timeline-bars');
    if (bars === null) throw new Error('no bars');
    // SVG paints in document order: what comes later is drawn on top.
    expect(band.compareDocumentPosition(bars) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says so when no incident matches, with no chart and no table', () => {
    const { figure } = renderTimeline('monthly', []);
    expect(within(figure).getByText('No incidents match these filters.')).toBeInTheDocument();
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
    expect(within(figure).queryByRole('application')).not.toBeInTheDocument();
  });

  it('draws a single month', async () => {
    const february = summary.monthly.filter((point) => point.period === '2025-02');
    const { figure } = renderTimeline('monthly', february);
    await within(figure).findByRole('application');
    const rows = within(await openDataTable(figure)).getAllByRole('row');
    expect(rows).toHaveLength(2);
    const dprk = figureOf((incident) => february2025(incident) && isDprkAttributed(incident));
    expect(rows[1]).toHaveTextContent(formatUsd(dprk.totalUsd)); // attributed to DPRK
    expect(bars(figure, 'bar-dprk')).toHaveLength(1);
    expect(bars(figure, 'bar-other')).toHaveLength(1);
  });
});

/** The drawn segments of one series, e.g. `bar-dprk`. */
function bars(figure: HTMLElement, series: string): SVGRectElement[] {
  return [...figure.querySelectorAll<SVGRectElement>(`rect.timeline-bar.${series}`)];
}

function box(bar: SVGRectElement) {
  const read = (name: string) => Number(bar.getAttribute(name));
  return { x: read('x'), y: read('y'), height: read('height') };
}
