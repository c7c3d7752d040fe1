import { memo, useMemo } from 'react';
import type { ChartExportSource, RenderChartExport } from '../../components/charts/chart-export';
import { ChartFrame } from '../../components/charts/chart-frame';
import { ChartLoading } from '../../components/charts/chart-loading';
import { useTimelineChart } from '../../components/charts/lazy-charts';
import { dprkLegend } from '../../components/charts/palette';
import type { ChartBarLabel } from '../../components/charts/timeline-labels';
import { useResolvedTheme } from '../../components/charts/use-resolved-theme';
import type { Incident } from '../../domain/incident';
import type { PeriodPoint } from '../../domain/series';
import { barLabels, periodOfDate } from '../../domain/timeline-labels';
import { measureBars, type TimelineBar, type TimelineMeasure } from '../../domain/timeline-measure';
import type { ChartMode } from '../../domain/view-state';
import { useI18n } from '../../lib/i18n/i18n';
import type { Messages, TimelineStack } from '../../lib/i18n/messages-en';
import type { Formatters } from '../../lib/format';
import { ChartModeToggle } from './chart-mode-toggle';
import { TimelineOptions } from './timeline-options';
import { timelineColumns, timelineCsv, type Coverage } from './timeline-table';
import { summarizeBars, timelineText } from './timeline-text';

export interface TimelinePanelProps {
  readonly monthly: readonly PeriodPoint[];
  readonly quarterly: readonly PeriodPoint[];
  readonly yearly: readonly PeriodPoint[];
  readonly mode: ChartMode;
  readonly onModeChange: (mode: ChartMode) => void;
  /** `YYYY-MM` in monthly mode, `YYYY-Q1` in quarterly mode, `YYYY` in yearly mode. */
  readonly onSelectPeriod: (period: string) => void;
  /** What the bars measure (stolen, net of recoveries, DPRK's share), and its control. */
  readonly measure?: TimelineMeasure;
  readonly onMeasureChange?: (measure: TimelineMeasure) => void;
  /** Whether the largest incidents (`largest`, largest first) are named on their bars. */
  readonly hasLabels?: boolean;
  readonly onLabelsChange?: (hasLabels: boolean) => void;
  readonly largest?: readonly Incident[];
  /** The months the data covers in this view, for the yearly changes. */
  readonly coverage?: Coverage;
  /** Shows an export control for the chart (PNG, SVG, CSV). */
  readonly renderExport?: RenderChartExport;
}

const CHART_HEIGHT = 320;
const NO_COVERAGE: Coverage = { firstMonth: null, lastMonth: null };
const ignore = () => {};
/** Longest incident name written on the chart; the description and the table give it whole. */
const MAX_LABEL_NAME = 24;

/** Which parts of the bars the series draws: a DPRK-only view has no "Other" to stack on. */
export function timelineStack(series: readonly PeriodPoint[]): TimelineStack {
  const hasDprk = series.some((point) => point.dprkUsd > 0);
  const hasOther = series.some((point) => point.otherUsd > 0);
  if (hasDprk && !hasOther) return 'dprk';
  return !hasDprk && hasOther ? 'other' : 'both';
}

function chartLabels(
  largest: readonly Incident[],
  mode: ChartMode,
  formatLong: (period: string) => string,
  t: Messages,
  f: Formatters,
): ChartBarLabel[] {
  return barLabels(largest, periodOfDate[mode]).map(({ rank, period, incident }) => {
    const name =
      incident.name.length > MAX_LABEL_NAME
        ? `${incident.name.slice(0, MAX_LABEL_NAME - 1)}…`
        : incident.name;
    const amount = f.formatUsdCompact(incident.amountUsd);
    return {
      rank,
      period,
      text: t.timelineViews.label({ name, amount }),
      description: t.timelineViews.labelDescription({
        rank,
        name: incident.name,
        amount,
        period: formatLong(period),
      }),
    };
  });
}

/** Amount stolen per month, quarter or year, DPRK-attributed stacked on the rest; a bar narrows the view. */
export const TimelinePanel = memo(function TimelinePanel({
  monthly,
  quarterly,
  yearly,
  mode,
  onModeChange,
  onSelectPeriod,
  measure = 'gross',
  onMeasureChange = ignore,
  hasLabels = true,
  onLabelsChange = ignore,
  largest = [],
  coverage = NO_COVERAGE,
  renderExport,
}: TimelinePanelProps) {
  const series = { monthly, quarterly, yearly }[mode];
  const { t, f } = useI18n();
  const theme = useResolvedTheme();
  const TimelineChart = useTimelineChart();
  const stack = timelineStack(series);
  const text = timelineText(mode, measure, series, t, f, stack);
  const bars = useMemo(() => measureBars(series, measure), [series, measure]);
  const labels = hasLabels ? chartLabels(largest, mode, text.formatLong, t, f) : [];
  const periodCell = (bar: TimelineBar) => (
    <button
      type="button"
      className="chart-row-button"
      aria-label={t.charts.timeline.show({ period: text.formatLong(bar.period) })}
      onClick={() => onSelectPeriod(bar.period)}
    >
      {text.formatLong(bar.period)}
    </button>
  );
  const exportSource: ChartExportSource = {
    slug: mode === 'monthly' ? 'thefts-over-time' : `thefts-over-time-${mode}`,
    embed: 'timeline',
    description: text.exportCaption,
    legend: dprkLegend(t.charts, theme, stack),
    table: () => timelineCsv(bars, mode, measure, coverage),
  };
  const hasChangeNote = mode === 'yearly' && measure !== 'share';
  return (
    <ChartFrame
      title={t.charts.timeline.title}
      caption={hasChangeNote ? `${text.caption} ${t.timelineViews.noChangeNote}` : text.caption}
      summary={summarizeBars(bars, measure, text.formatLong, t, f)}
      rows={bars}
      rowKey={(bar) => bar.period}
      columns={timelineColumns(bars, mode, measure, coverage, periodCell, t, f)}
      isEmpty={series.length === 0}
      actions={
        <>
          <ChartModeToggle mode={mode} onModeChange={onModeChange} />
          <TimelineOptions
            measure={measure}
            onMeasureChange={onMeasureChange}
            hasLabels={hasLabels}
            onLabelsChange={onLabelsChange}
          />
        </>
      }
      exportSource={exportSource}
      renderExport={renderExport}
    >
      {TimelineChart === null ? (
        <ChartLoading height={CHART_HEIGHT} />
      ) : (
        <TimelineChart
          data={bars}
          measure={measure}
          labels={labels}
          labelsName={t.timelineViews.labelsGroup}
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
