import { ChartFrame, type DataTableColumn } from '../../components/charts/chart-frame';
import { Suspense } from 'react';
import { LazyTimelineChart } from '../../components/charts/lazy-charts';
import type { PeriodPoint } from '../../domain/series';
import { formatCount, formatMonthLong, formatMonthShort, formatUsd } from '../../lib/format';

const COLUMNS: readonly DataTableColumn<PeriodPoint>[] = [
  { header: 'Month', cell: (point) => formatMonthLong(point.period) },
  { header: 'Attributed to DPRK (USD)', cell: (point) => formatUsd(point.dprkUsd) },
  { header: 'Other (USD)', cell: (point) => formatUsd(point.otherUsd) },
  { header: 'Total (USD)', cell: (point) => formatUsd(point.totalUsd) },
  { header: 'Incidents', cell: (point) => formatCount(point.count) },
];

export function TimelinePanel({ series }: { readonly series: readonly PeriodPoint[] }) {
  return (
    <ChartFrame
      title="Thefts over time"
      caption="Amount stolen per calendar month (UTC), DPRK-attributed thefts stacked on all others."
      rows={series}
      rowKey={(point) => point.period}
      columns={COLUMNS}
      isEmpty={series.length === 0}
    >
      <Suspense fallback={<div className="skeleton chart-skeleton" aria-label="Loading chart" />}>
        <LazyTimelineChart data={series} formatPeriod={formatMonthShort} />
      </Suspense>
    </ChartFrame>
  );
}
