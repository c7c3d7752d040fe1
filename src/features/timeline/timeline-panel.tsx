import { memo } from 'react';
import type { ChartExportSource, RenderChartExport } from '../../components/charts/chart-export';
import { ChartFrame, type DataTableColumn } from '../../components/charts/chart-frame';
import { ChartLoading } from '../../components/charts/chart-loading';
import { useTimelineChart } from '../../components/charts/lazy-charts';
import { dprkLegend } from '../../components/charts/palette';
import { useResolvedTheme } from '../../components/charts/use-resolved-theme';
import type { PeriodPoint } from '../../domain/series';
import type { ChartMode } from '../../domain/view-state';
import { useI18n } from '../../lib/i18n/i18n';
import type { Messages, TimelineStack } from '../../lib/i18n/messages-en';
import type { Formatters } from '../../lib/format';

import { ChartModeToggle } from './chart-mode-toggle';

export interface TimelinePanelProps {
  readonly monthly: readonly PeriodPoint[];
  readonly quarterly: readonly PeriodPoint[];
  readonly yearly: readonly PeriodPoint[];
  readonly mode: ChartMode;
  readonly onModeChange: (mode: ChartMode) => void;
  /** `YYYY-MM` in monthly mode, `YYYY-Q1` in quarterly mode, `YYYY` in yearly mode. */
  readonly onSelectPeriod: (period: string) => void;
  /** Shows an export control for the chart (PNG, SVG, CSV). */
  readonly renderExport?: RenderChartExport;
}

const CHART_HEIGHT = 320;

/** A year key is shown as it is: `2025`. */
const formatYear = (year: string) => year;

function modeText(mode: ChartMode, t: Messages, f: Formatters, stack: TimelineStack = 'both') {
  const m = t.charts.timeline;
  switch (mode) {
    case 'monthly':
      return {
        caption: `${m.perMonth({ stack })} ${m.clickMonth}`,
        exportCaption: m.perMonth({ stack }),
        xLabel: m.xMonthly,
        svgTitle: m.svgMonthly,
        formatAxis: f.formatMonthShort,
        formatLong: f.formatMonthLong,
      };
    case 'quarterly':
      return {
        caption: `${m.perQuarter({ stack })} ${m.clickQuarter}`,
        exportCaption: m.perQuarter({ stack }),
        xLabel: m.xQuarterly,
        svgTitle: m.svgQuarterly,
        formatAxis: f.formatQuarter,
        formatLong: f.formatQuarter,
      };
    case 'yearly':
      return {
        caption: `${m.perYear({ stack })} ${m.clickYear}`,
        exportCaption: m.perYear({ stack }),
        xLabel: m.xYearly,
        svgTitle: m.svgYearly,
        formatAxis: formatYear,
        formatLong: formatYear,
      };
  }
}

/** Which parts of the bars the series draws: a DPRK-only view has no "Other" to stack on. */
export function timelineStack(series: readonly PeriodPoint[]): TimelineStack {
  const hasDprk = series.some((point) => point.dprkUsd > 0);
  const hasOther = series.some((point) => point.otherUsd > 0);
  if (hasDprk && !hasOther) return 'dprk';
  return !hasDprk && hasOther ? 'other' : 'both';
}

/** "Thefts peaked in February 2025 at $1.54B; …": the chart in one sentence. */
function summarizeSeries(
  series: readonly PeriodPoint[],
  mode: ChartMode,
  t: Messages,
  f: Formatters,
) {
  const peak = series.reduce<PeriodPoint | null>(
    (best, point) => (best === null || point.totalUsd > best.totalUsd ? point : best),
    null,
  );
  if (peak === null || peak.totalUsd <= 0) return undefined;
  const total = series.reduce((sum, point) => sum + point.totalUsd, 0);
  return t.charts.timeline.summary({
    period: modeText(mode, t, f).formatLong(peak.period),
    amount: f.formatUsdCompact(peak.totalUsd),
    total: f.formatUsdCompact(total),
  });
}

function columns(
  mode: ChartMode,
  onSelectPeriod: (period: string) => void,
  t: Messages,
  f: Formatters,
): DataTableColumn<PeriodPoint>[] {
  const { formatLong } = modeText(mode, t, f);
  const m = t.charts.timeline;
  return [
    {
      header: m.period,
      isRowHeader: true,
      cell: (point) => (
        <button
          type="button"
          className="chart-row-button"
          aria-label={m.show({ period: formatLong(point.period) })}
          onClick={() => onSelectPeriod(point.period)}
        >
          {formatLong(point.period)}
        </button>
      ),
    },
    { header: m.dprkUsd, cell: (point) => f.formatUsd(point.dprkUsd) },
    { header: m.otherUsd, cell: (point) => f.formatUsd(point.otherUsd) },
    { header: t.charts.totalUsd, cell: (point) => f.formatUsd(point.totalUsd) },
    { header: t.charts.incidents, cell: (point) => f.formatCount(point.count) },
  ];
}

/** The chart's numbers for export: one row per bar, exactly as drawn. */
function exportSource(
  mode: ChartMode,
  series: readonly PeriodPoint[],
  t: Messages,
  f: Formatters,
  theme: 'light' | 'dark',
): ChartExportSource {
  const stack = timelineStack(series);
  return {
    slug: mode === 'monthly' ? 'thefts-over-time' : `thefts-over-time-${mode}`,
    embed: 'timeline',
    description: modeText(mode, t, f, stack).exportCaption,
    legend: dprkLegend(t.charts, theme, stack),
    table: () => ({
      columns: [
        { header: 'period', kind: 'text' },
        { header: 'dprk_usd', kind: 'usd' },
        { header: 'other_usd', kind: 'usd' },
        { header: 'total_usd', kind: 'usd' },
        { header: 'incident_count', kind: 'number' },
      ],
      rows: series.map((p) => [p.period, p.dprkUsd, p.otherUsd, p.totalUsd, p.count]),
    }),
  };
}

/** Amount stolen per month, quarter or year, DPRK-attributed stacked on the rest; a bar narrows the view. */
export const TimelinePanel = memo(function TimelinePanel({
  monthly,
  quarterly,
  yearly,
  mode,
  onModeChange,
  onSelectPeriod,
  renderExport,
}: TimelinePanelProps) {
  const series = { monthly, quarterly, yearly }[mode];
  const { t, f } = useI18n();
  const theme = useResolvedTheme();
  const TimelineChart = useTimelineChart();
  const stack = timelineStack(series);
  const text = modeText(mode, t, f, stack);
  return (
    <ChartFrame
      title={t.charts.timeline.title}
      caption={text.caption}
      summary={summarizeSeries(series, mode, t, f)}
      rows={series}
      rowKey={(point) => point.period}
      columns={columns(mode, onSelectPeriod, t, f)}
      isEmpty={series.length === 0}
      actions={<ChartModeToggle mode={mode} onModeChange={onModeChange} />}
      exportSource={exportSource(mode, series, t, f, theme)}
      renderExport={renderExport}
    >
      {TimelineChart === null ? (
        <ChartLoading height={CHART_HEIGHT} />
      ) : (
        <TimelineChart
          data={series}
          formatPeriod={text.formatAxis}
          xLabel={text.xLabel}
          title={text.svgTitle}
          onSelectPeriod={onSelectPeriod}
          stack={stack}
          height={CHART_HEIGHT}
        />
      )}
    </ChartFrame>
  );
});
