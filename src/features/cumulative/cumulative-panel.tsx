import { memo, Suspense } from 'react';
import type {
  ChartExportSource,
  ChartLegendEntry,
  RenderChartExport,
} from '../../components/charts/chart-export';
import { ChartFrame, type DataTableColumn } from '../../components/charts/chart-frame';
import { ChartLoading } from '../../components/charts/chart-loading';
import { LazyCumulativeChart } from '../../components/charts/lazy-charts';
import { yearColor } from '../../components/charts/palette';
import { useResolvedTheme } from '../../components/charts/use-resolved-theme';
import type { ThemeName } from '../../lib/palette';
import type { CumulativeYear } from '../../domain/cumulative';
import { useI18n } from '../../lib/i18n/i18n';
import type { Messages } from '../../lib/i18n/messages-en';
import type { Formatters } from '../../lib/format';
import { useShownYears, type ChooseYears } from './use-shown-years';
import { YearsShown } from './years-shown';

export interface CumulativePanelProps {
  /** Oldest year first, as `cumulativeByYear` returns them. */
  readonly years: readonly CumulativeYear[];
  /** The years the reader chose to draw (from the URL); null for the most recent ones. */
  readonly chosenYears: readonly string[] | null;
  readonly onChooseYears: ChooseYears;
  /** Shows an export control for the chart (PNG, SVG, CSV). */
  readonly renderExport?: RenderChartExport;
}

const CHART_HEIGHT = 340;
const NO_VALUE = '—';

function columns(t: Messages, f: Formatters): DataTableColumn<CumulativeYear>[] {
  return [
    { header: t.charts.cumulative.year, isRowHeader: true, cell: (year) => year.year },
    ...Array.from({ length: 12 }, (_, at): DataTableColumn<CumulativeYear> => ({
      header: f.formatMonthName(at + 1),
      cell: (year) => {
        const value = year.points[at]?.cumulativeUsd;
        return typeof value === 'number' ? f.formatUsd(value) : NO_VALUE;
      },
    })),
  ];
}

/**
 * The year with the most stolen, in one sentence; with a single year in view (a one-month filter,
 * say) there is nothing to compare, so it says how much that year holds and to which month.
 */
function summarize(years: readonly CumulativeYear[], t: Messages, f: Formatters) {
  const [only] = years;
  if (years.length === 1 && only !== undefined) {
    const last = only.points.findLast((point) => point.cumulativeUsd !== null);
    if (!last || last.cumulativeUsd === null || last.cumulativeUsd <= 0) return undefined;
    return t.charts.cumulative.summaryOneYear({
      year: only.year,
      amount: f.formatUsdCompact(last.cumulativeUsd),
      month: f.formatMonthLong(monthKey(only.year, last.month)),
    });
  }
  let best: { year: string; total: number } | null = null;
  for (const year of years) {
    const total = Math.max(0, ...year.points.map((point) => point.cumulativeUsd ?? 0));
    if (best === null || total > best.total) best = { year: year.year, total };
  }
  if (best === null || best.total <= 0) return undefined;
  return t.charts.cumulative.summary({ year: best.year, amount: f.formatUsdCompact(best.total) });
}

/** `2025`, 3 as `2025-03`. */
const monthKey = (year: string, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The lines drawn (the years shown, newest first in the legend) and their points, for export. */
function exportSource(
  years: readonly CumulativeYear[],
  shown: ReadonlySet<string>,
  t: Messages,
  theme: ThemeName,
): ChartExportSource {
  const drawn = years.filter((year) => shown.has(year.year));
  return {
    slug: 'cumulative-stolen-by-year',
    embed: 'cumulative',
    description: t.charts.cumulative.exportCaption,
    legend: [...drawn].reverse().map((year): ChartLegendEntry => ({
      label: year.year,
      color: yearColor(year.year, theme),
      shape: 'line',
    })),
    table: () => ({
      columns: [
        { header: 'year', kind: 'text' },
        { header: 'month', kind: 'text' },
        { header: 'cumulative_usd', kind: 'usd' },
      ],
      rows: drawn.flatMap((year) =>
        year.points
          .filter((point) => point.cumulativeUsd !== null)
          .map((point) => [year.year, monthKey(year.year, point.month), point.cumulativeUsd]),
      ),
    }),
  };
}

/** Year-to-date amount stolen, month by month, one line per year, so years can be compared. */
export const CumulativePanel = memo(function CumulativePanel({
  years,
  chosenYears,
  onChooseYears,
  renderExport,
}: CumulativePanelProps) {
  const keys = years.map((year) => year.year);
  const shownYears = useShownYears(keys, chosenYears, onChooseYears);
  const { t, f } = useI18n();
  const theme = useResolvedTheme();
  return (
    <ChartFrame
      title={t.charts.cumulative.title}
      caption={t.charts.cumulative.caption}
      summary={summarize(years, t, f)}
      rows={years}
      rowKey={(year) => year.year}
      columns={columns(t, f)}
      isEmpty={years.length === 0}
      exportSource={exportSource(years, shownYears.shown, t, theme)}
      renderExport={renderExport}
    >
      <Suspense fallback={<ChartLoading height={CHART_HEIGHT} />}>
        <LazyCumulativeChart years={years} shown={shownYears.shown} height={CHART_HEIGHT} />
      </Suspense>
      <YearsShown years={keys} {...shownYears} />
    </ChartFrame>
  );
});
