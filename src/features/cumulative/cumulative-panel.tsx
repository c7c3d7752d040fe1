import { Suspense } from 'react';
import { ChartFrame, type DataTableColumn } from '../../components/charts/chart-frame';
import { ChartLoading } from '../../components/charts/chart-loading';
import { formatMonthName } from '../../components/charts/chart-text';
import { LazyCumulativeChart } from '../../components/charts/lazy-charts';
import type { CumulativeYear } from '../../domain/cumulative';
import { formatUsd } from '../../lib/format';
import { useShownYears } from './use-shown-years';
import { YearsShown } from './years-shown';

export interface CumulativePanelProps {
  /** Oldest year first, as `cumulativeByYear` returns them. */
  readonly years: readonly CumulativeYear[];
}

const CHART_HEIGHT = 340;
const NO_VALUE = '—';

const COLUMNS: readonly DataTableColumn<CumulativeYear>[] = [
  { header: 'Year', isRowHeader: true, cell: (year) => year.year },
  ...Array.from({ length: 12 }, (_, at): DataTableColumn<CumulativeYear> => ({
    header: formatMonthName(at + 1),
    cell: (year) => {
      const value = year.points[at]?.cumulativeUsd;
      return typeof value === 'number' ? formatUsd(value) : NO_VALUE;
    },
  })),
];

/** Year-to-date amount stolen, month by month, one line per year, so years can be compared. */
export function CumulativePanel({ years }: CumulativePanelProps) {
  const keys = years.map((year) => year.year);
  const shownYears = useShownYears(keys);
  return (
    <ChartFrame
      title="Cumulative stolen by year"
      caption={
        'Amount stolen since 1 January (UTC) at the end of each month, one line per year; the ' +
        'latest year is drawn thicker and stops at its last month. The data table lists every year.'
      }
      rows={years}
      rowKey={(year) => year.year}
      columns={COLUMNS}
      isEmpty={years.length === 0}
    >
      <Suspense fallback={<ChartLoading height={CHART_HEIGHT} />}>
        <LazyCumulativeChart years={years} shown={shownYears.shown} height={CHART_HEIGHT} />
      </Suspense>
      <YearsShown years={keys} {...shownYears} />
    </ChartFrame>
  );
}
