import { Suspense } from 'react';
import { ChartFrame, type DataTableColumn } from '../../components/charts/chart-frame';
import { ChartLoading } from '../../components/charts/chart-loading';
import { LazyTimelineChart } from '../../components/charts/lazy-charts';
import type { PeriodPoint } from '../../domain/series';
import type { ChartMode } from '../../domain/view-state';
import { formatCount, formatMonthLong, formatMonthShort, formatUsd } from '../../lib/format';
import { ChartModeToggle } from './chart-mode-toggle';

export interface TimelinePanelProps {
  readonly monthly: readonly PeriodPoint[];
  readonly yearly: readonly PeriodPoint[];
  readonly mode: ChartMode;
  readonly onModeChange: (mode: ChartMode) => void;
  /** `YYYY-MM` in monthly mode, `YYYY` in yearly mode. */
  readonly onSelectPeriod: (period: string) => void;
}

const CHART_HEIGHT = 320;

/** A year key is shown as it is: `2025`. */
const formatYear = (year: string) => year;

const MODE_TEXT = {
  monthly: {
    unit: 'calendar month',
    target: 'month',
    xLabel: 'Month of theft (UTC)',
    formatAxis: formatMonthShort,
    formatLong: formatMonthLong,
  },
  yearly: {
    unit: 'calendar year',
    target: 'year',
    xLabel: 'Year of theft (UTC)',
    formatAxis: formatYear,
    formatLong: formatYear,
  },
} as const;

function columns(
  mode: ChartMode,
  onSelectPeriod: (period: string) => void,
): DataTableColumn<PeriodPoint>[] {
  const { formatLong } = MODE_TEXT[mode];
  return [
    {
      header: 'Period',
      isRowHeader: true,
      cell: (point) => (
        <button
          type="button"
          className="chart-row-button"
          aria-label={`Show ${formatLong(point.period)}`}
          onClick={() => onSelectPeriod(point.period)}
        >
          {formatLong(point.period)}
        </button>
      ),
    },
    { header: 'Attributed to DPRK (USD)', cell: (point) => formatUsd(point.dprkUsd) },
    { header: 'Other (USD)', cell: (point) => formatUsd(point.otherUsd) },
    { header: 'Total (USD)', cell: (point) => formatUsd(point.totalUsd) },
    { header: 'Incidents', cell: (point) => formatCount(point.count) },
  ];
}

/** Amount stolen per month or year, DPRK-attributed stacked on the rest; a bar narrows the view. */
export function TimelinePanel({
  monthly,
  yearly,
  mode,
  onModeChange,
  onSelectPeriod,
}: TimelinePanelProps) {
  const series = mode === 'monthly' ? monthly : yearly;
  const text = MODE_TEXT[mode];
  return (
    <ChartFrame
      title="Thefts over time"
      caption={
        `Amount stolen per ${text.unit} (UTC), DPRK-attributed thefts stacked on all others. ` +
        `Click a bar, or press Enter on the focused chart, to narrow the view to that ${text.target}.`
      }
      rows={series}
      rowKey={(point) => point.period}
      columns={columns(mode, onSelectPeriod)}
      isEmpty={series.length === 0}
      actions={<ChartModeToggle mode={mode} onModeChange={onModeChange} />}
    >
      <Suspense fallback={<ChartLoading height={CHART_HEIGHT} />}>
        <LazyTimelineChart
          data={series}
          formatPeriod={text.formatAxis}
          xLabel={text.xLabel}
          title={
            `Bar chart of the amount stolen per ${text.target}. Arrow keys move between ` +
            `${text.target}s; Enter narrows the view to the ${text.target} shown.`
          }
          onSelectPeriod={onSelectPeriod}
          height={CHART_HEIGHT}
        />
      </Suspense>
    </ChartFrame>
  );
}
