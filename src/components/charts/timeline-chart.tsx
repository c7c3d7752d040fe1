import {
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TimelineBars } from './timeline-bars';
import type { TimelineBar, TimelineMeasure } from '../../domain/timeline-measure';
import { useCallback, useContext, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { TooltipContentProps } from 'recharts';
import { useI18n } from '../../lib/i18n/i18n';
import { HatchDefs, hatchFill } from './hatch';
import { useBarSelection } from './chart-points';
import { TIMELINE_COLORS } from './palette';
import { ChartWidthContext, useInitialDimension } from './chart-width';
import {
  LABEL_GAP_ROWS,
  LABEL_ROWS,
  LEGEND_ROW,
  TimelineLabels,
  type ChartBarLabel,
} from './timeline-labels';
import { ChartLegend } from './chart-legend';
import { valueTicks } from './value-ticks';

export interface TimelineChartProps {
  readonly data: readonly TimelineBar[];
  /** What the bars measure: dollars (gross or net) or shares of each period's total. */
  readonly measure?: TimelineMeasure;
  /** The bars to name (the largest incidents), largest first; none when switched off. */
  readonly labels?: readonly ChartBarLabel[];
  /** The name of the labels' group, for screen readers. */
  readonly labelsName?: string;
  readonly formatPeriod: (period: string) => string;
  /** The x axis title, e.g. `Month of theft (UTC)`. */
  readonly xLabel: string;
  /** Called with the period (`YYYY-MM`, `YYYY-Q1` or `YYYY`) of a clicked bar, or of the focused one on Enter. */
  readonly onSelectPeriod?: (period: string) => void;
  /** The chart's accessible name (the SVG's title), e.g. what the arrow keys and Enter do. */
  readonly title: string;
  /** Which parts the bars hold, so the legend names only what is drawn. */
  readonly stack?: 'both' | 'dprk' | 'other';
  readonly height?: number;
}

// Props handed to Recharts are kept stable between renders: it recomputes what changed by reference.
const MARGIN = { top: 8, right: 8, bottom: 24, left: 16 };
/** Below this width the labels are numbers over the bars, the names listed under the chart. */
const NUMBERED_BELOW = 560;
/** Room the plot needs above the tallest bar for the label rows, as a share of its height. */
const PLOT_SPARE_HEIGHT = 100;
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** With no vertical grid lines, none to place (Recharts would lay out the x ticks once more). */
const noLines = () => [];

/** Stacked bars per period: DPRK-attributed versus everyone else. */
export function TimelineChart({
  data,
  measure = 'gross',
  labels = [],
  labelsName = '',
  formatPeriod,
  xLabel,
  onSelectPeriod,
  title,
  stack = 'both',
  height = 320,
}: TimelineChartProps) {
  const { t, f } = useI18n();
  const boxWidth = useContext(ChartWidthContext);
  const isNumbered = labels.length > 0 && boxWidth !== null && boxWidth < NUMBERED_BELOW;
  // A narrow chart lists the labelled incidents under its axis, inside the SVG (so exports carry them).
  const margin = useMemo(
    () => (isNumbered ? { ...MARGIN, bottom: MARGIN.bottom + labels.length * LEGEND_ROW } : MARGIN),
    [isNumbered, labels.length],
  );
  const chartHeight = height + (isNumbered ? labels.length * LEGEND_ROW : 0);
  const initialDimension = useInitialDimension(chartHeight);
  const hatchId = useId();
  // A tap on a bar narrows the view; the tooltip of the tapped bar must not stay over the new
  // chart (on a phone no pointer leaves to close it). It shows again when the pointer moves.
  const [isTooltipHidden, setTooltipHidden] = useState(false);
  const select = useCallback(
    (period: string) => {
      setTooltipHidden(true);
      onSelectPeriod?.(period);
    },
    [onSelectPeriod],
  );
  const showTooltip = useCallback(() => setTooltipHidden(false), []);
  const { keyboard } = useBarSelection('period', onSelectPeriod ? select : undefined);
  // Recharts takes mutable points; a copy made once per series, not once per render.
  const points = useMemo(() => data.map((bar) => ({ ...bar })), [data]);
  const ticks = useMemo(() => axisTicks(data), [data]);
  const isShare = measure === 'share';
  const yTicks = useMemo(
    () => (isShare ? SHARE_TICKS : valueTicks(Math.max(0, ...data.map((bar) => bar.total)))),
    [data, isShare],
  );
  // With labels, the value axis runs past its last tick, leaving rows of room over the bars.
  const yDomain = useMemo(() => {
    if (yTicks === undefined) return undefined;
    const top = yTicks.at(-1) ?? 0;
    if (labels.length === 0) return [0, top];
    const plotHeight = Math.max(height - PLOT_SPARE_HEIGHT, 2 * LABEL_ROWS * LABEL_GAP_ROWS);
    return [0, (top * plotHeight) / (plotHeight - LABEL_ROWS * LABEL_GAP_ROWS)];
  }, [yTicks, labels.length, height]);
  const formatValue = isShare ? f.formatPercent : f.formatUsdCompact;
  // Every month is labelled in a short series: the year only where it starts or changes, so
  // French labels ("sept. 2025") are short enough that none is dropped for lack of room.
  const xTickFormatter = useCallback(
    (period: string, index: number) =>
      ticks !== undefined || !/^\d{4}-\d{2}$/.test(period) || index === 0 || period.endsWith('-01')
        ? formatPeriod(period)
        : f.formatMonthName(Number(period.slice(5))),
    [ticks, formatPeriod, f],
  );
  const xAxisLabel = useMemo(
    () => ({ value: xLabel, position: 'insideBottom', offset: -16 }) as const,
    [xLabel],
  );
  const yAxisLabel = useMemo(() => {
    const value = {
      gross: t.charts.stolenUsd,
      net: t.timelineViews.netAxis,
      share: t.timelineViews.shareAxis,
    }[measure];
    return { value, angle: -90, position: 'insideLeft', offset: -4 } as const;
  }, [t, measure]);
  // Recharts builds a legend from its own series; the bars are drawn by TimelineBars, so say it here.
  const legend = useCallback(
    () => (
      <ChartLegend
        items={[
          ...(stack === 'other' ? [] : [{ label: t.charts.dprk, fill: hatchFill(hatchId) }]),
          ...(stack === 'dprk'
            ? []
            : [{ label: t.charts.other, fill: TIMELINE_COLORS.other, className: 'is-other' }]),
        ]}
      />
    ),
    [t, hatchId, stack],
  );
  const tooltip = useCallback(
    ({ active, payload }: TooltipContentProps) => (
      <PeriodTooltip
        active={active}
        payload={payload}
        formatPeriod={formatPeriod}
        measure={measure}
      />
    ),
    [formatPeriod, measure],
  );
  // Enter on a focused label names it; it does not narrow the view to the tooltip's period.
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      if (event.target instanceof Element && event.target.closest('.timeline-label')) return;
      keyboard.onKeyDownCapture(event);
    },
    [keyboard],
  );
  return (
    <div className="chart-area" onKeyDownCapture={onKeyDownCapture}>
      <ResponsiveContainer width="100%" height={chartHeight} initialDimension={initialDimension}>
        <BarChart
          data={points}
          title={title}
          margin={margin}
          onMouseMove={isTooltipHidden ? showTooltip : undefined}
        >
          <CartesianGrid
            strokeDasharray="3 3"
            vertical={false}
            verticalCoordinatesGenerator={noLines}
          />
          <XAxis
            dataKey="period"
            ticks={ticks}
            tickFormatter={xTickFormatter}
            interval="preserveStartEnd"
            minTickGap={16}
            label={xAxisLabel}
          />
          <YAxis
            ticks={yTicks}
            domain={yDomain}
            tickFormatter={formatValue}
            width={f.locale === 'fr' ? 110 : 68}
            label={yAxisLabel}
          />
          <Tooltip content={tooltip} active={isTooltipHidden ? false : undefined} />
          <HatchDefs id={hatchId} />
          <Legend verticalAlign="top" height={28} content={legend} />
          <AxisAndTooltipSeries name={t.charts.totalUsd} />
          <TimelineBars
            data={data}
            dprkFill={hatchFill(hatchId)}
            otherFill={TIMELINE_COLORS.other}
            onSelect={onSelectPeriod ? select : undefined}
          />
          <TimelineLabels bars={data} labels={labels} isNumbered={isNumbered} name={labelsName} />
          {keyboard.spy}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * The series Recharts is told about, which draws nothing: the periods' totals, so that Recharts
 * scales the value axis, fills the tooltip and moves between periods with the arrow keys. The
 * bars themselves are drawn by TimelineBars.
 */
function AxisAndTooltipSeries({ name }: { readonly name: string }) {
  return (
    <Line
      className="timeline-axis-series"
      dataKey="total"
      name={name}
      stroke="none"
      dot={false}
      activeDot={false}
      legendType="none"
      isAnimationActive={false}
    />
  );
}

/** Up to this many periods, each can be labelled; beyond, only Januaries (and first quarters) are. */
const LABEL_EVERY_PERIOD_UP_TO = 24;

/**
 * The periods offered as x-axis labels: all of them in a short series, else each January.
 * Recharts measures every label it is offered (in the DOM) to drop those that would collide, so
 * offering 15 Januaries rather than 180 months saves most of the time a long series takes to draw.
 */
function axisTicks(data: readonly TimelineBar[]): string[] | undefined {
  if (data.length <= LABEL_EVERY_PERIOD_UP_TO) return undefined;
  return data
    .filter((point) => point.period.endsWith('-01') || point.period.endsWith('-Q1'))
    .map((point) => point.period);
}

interface PeriodTooltipProps {
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: unknown }[];
  readonly formatPeriod: (period: string) => string;
  readonly measure: TimelineMeasure;
}

function PeriodTooltip({ active, payload, formatPeriod, measure }: PeriodTooltipProps) {
  const { t, f } = useI18n();
  const bar: unknown = payload?.[0]?.payload;
  if (!active || !isTimelineBar(bar)) return null;
  const { point } = bar;
  return (
    <div className="chart-tooltip">
      <strong>{formatPeriod(point.period)}</strong>
      <div>
        {t.charts.inIncidents({
          amount: f.formatUsd(point.totalUsd),
          n: f.formatCount(point.count),
          count: point.count,
        })}
      </div>
      <div>{t.charts.dprkAmount({ amount: f.formatUsd(point.dprkUsd) })}</div>
      {measure === 'net' && (
        <div>{t.timelineViews.tooltipNet({ amount: f.formatUsd(bar.total) })}</div>
      )}
      {measure === 'share' && (
        <div>{t.timelineViews.tooltipShare({ share: f.formatPercent(bar.dprk) })}</div>
      )}
      {point.largest.length > 0 && (
        <ul>
          {point.largest.map((incident) => (
            <li key={incident.id}>
              {incident.name}: {f.formatUsdCompact(incident.amountUsd)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function isTimelineBar(value: unknown): value is TimelineBar {
  return typeof value === 'object' && value !== null && 'period' in value && 'point' in value;
}
