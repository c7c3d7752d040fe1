// The timeline's numbers, as the reader's data table and as the CSV export: both follow the
// measure the bars show, and the yearly view adds each year's change from the year before.
import type { ReactNode } from 'react';
import type { DataTableColumn } from '../../components/charts/chart-frame';
import type { TimelineBar, TimelineMeasure } from '../../domain/timeline-measure';
import { yearChanges } from '../../domain/year-changes';
import type { ChartMode } from '../../domain/view-state';
import type { CsvTable } from '../../lib/csv';
import type { Formatters } from '../../lib/format';
import type { Messages } from '../../lib/i18n/messages-en';

/** The months the view's data covers (the dataset's, within the filter's), for honest changes. */
export interface Coverage {
  readonly firstMonth: string | null;
  readonly lastMonth: string | null;
}

/** Each bar's change from the year before, in DPRK's part and in the whole, by period. */
function changes(bars: readonly TimelineBar[], coverage: Coverage) {
  const of = (value: (bar: TimelineBar) => number) =>
    new Map(
      yearChanges(
        bars.map((bar) => ({ year: bar.period, value: value(bar) })),
        coverage.firstMonth,
        coverage.lastMonth,
      ).map(({ year, change }) => [year, change]),
    );
  return { dprk: of((bar) => bar.dprk), total: of((bar) => bar.total) };
}

/** Whether the table carries change columns: yearly, in dollars. */
const hasChanges = (mode: ChartMode, measure: TimelineMeasure) =>
  mode === 'yearly' && measure !== 'share';

export function timelineColumns(
  bars: readonly TimelineBar[],
  mode: ChartMode,
  measure: TimelineMeasure,
  coverage: Coverage,
  periodCell: (bar: TimelineBar) => ReactNode,
  t: Messages,
  f: Formatters,
): DataTableColumn<TimelineBar>[] {
  const m = t.charts.timeline;
  const v = t.timelineViews;
  const usd = (value: number) => f.formatUsd(value);
  const period: DataTableColumn<TimelineBar> = {
    header: m.period,
    isRowHeader: true,
    cell: periodCell,
  };
  const count: DataTableColumn<TimelineBar> = {
    header: t.charts.incidents,
    cell: (bar) => f.formatCount(bar.point.count),
  };
  const parts: DataTableColumn<TimelineBar>[] = {
    gross: [
      { header: m.dprkUsd, cell: (bar: TimelineBar) => usd(bar.dprk) },
      { header: m.otherUsd, cell: (bar: TimelineBar) => usd(bar.other) },
      { header: t.charts.totalUsd, cell: (bar: TimelineBar) => usd(bar.total) },
    ],
    net: [
      { header: v.dprkNetUsd, cell: (bar: TimelineBar) => usd(bar.dprk) },
      { header: v.otherNetUsd, cell: (bar: TimelineBar) => usd(bar.other) },
      { header: v.netUsd, cell: (bar: TimelineBar) => usd(bar.total) },
      { header: v.returnedUsd, cell: (bar: TimelineBar) => usd(bar.point.returnedUsd) },
    ],
    share: [
      { header: v.dprkShare, cell: (bar: TimelineBar) => shareCell(bar, bar.dprk, f) },
      { header: v.otherShare, cell: (bar: TimelineBar) => shareCell(bar, bar.other, f) },
      { header: t.charts.totalUsd, cell: (bar: TimelineBar) => usd(bar.point.totalUsd) },
    ],
  }[measure];
  if (!hasChanges(mode, measure) || measure === 'share') return [period, ...parts, count];
  const change = changes(bars, coverage);
  const changeCell = (value: number | null | undefined) =>
    value === null || value === undefined ? v.noChange : f.formatChange(value);
  return [
    period,
    ...parts,
    count,
    { header: v.changeDprk, cell: (bar) => changeCell(change.dprk.get(bar.period)) },
    { header: v.changeTotal({ measure }), cell: (bar) => changeCell(change.total.get(bar.period)) },
  ];
}

const shareCell = (bar: TimelineBar, share: number, f: Formatters) =>
  bar.total > 0 ? f.formatPercent(share) : '–';

/** The chart's numbers for export: one row per bar, exactly as drawn. */
export function timelineCsv(
  bars: readonly TimelineBar[],
  mode: ChartMode,
  measure: TimelineMeasure,
  coverage: Coverage,
): CsvTable {
  const withChanges = hasChanges(mode, measure);
  const change = changes(bars, coverage);
  const changeColumns = withChanges
    ? ([
        { header: 'dprk_change', kind: 'number' },
        { header: measure === 'net' ? 'net_change' : 'total_change', kind: 'number' },
      ] as const)
    : [];
  const changeValues = (bar: TimelineBar) =>
    withChanges ? [change.dprk.get(bar.period) ?? null, change.total.get(bar.period) ?? null] : [];
  const count = { header: 'incident_count', kind: 'number' } as const;
  switch (measure) {
    case 'gross':
      return {
        columns: [
          { header: 'period', kind: 'text' },
          { header: 'dprk_usd', kind: 'usd' },
          { header: 'other_usd', kind: 'usd' },
          { header: 'total_usd', kind: 'usd' },
          count,
          ...changeColumns,
        ],
        rows: bars.map((bar) => [
          bar.period,
          bar.dprk,
          bar.other,
          bar.total,
          bar.point.count,
          ...changeValues(bar),
        ]),
      };
    case 'net':
      return {
        columns: [
          { header: 'period', kind: 'text' },
          { header: 'dprk_net_usd', kind: 'usd' },
          { header: 'other_net_usd', kind: 'usd' },
          { header: 'net_usd', kind: 'usd' },
          { header: 'returned_usd', kind: 'usd' },
          { header: 'total_usd', kind: 'usd' },
          count,
          ...changeColumns,
        ],
        rows: bars.map((bar) => [
          bar.period,
          bar.dprk,
          bar.other,
          bar.total,
          bar.point.returnedUsd,
          bar.point.totalUsd,
          bar.point.count,
          ...changeValues(bar),
        ]),
      };
    case 'share':
      return {
        columns: [
          { header: 'period', kind: 'text' },
          { header: 'dprk_share', kind: 'number' },
          { header: 'other_share', kind: 'number' },
          { header: 'dprk_usd', kind: 'usd' },
          { header: 'total_usd', kind: 'usd' },
          count,
        ],
        rows: bars.map((bar) => [
          bar.period,
          bar.total > 0 ? bar.dprk : null,
          bar.total > 0 ? bar.other : null,
          bar.point.dprkUsd,
          bar.point.totalUsd,
          bar.point.count,
        ]),
      };
  }
}
