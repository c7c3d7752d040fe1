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
import type { PeriodPoint } from '../../domain/series';
import { useCallback, useId, useMemo, useState } from 'react';
import type { TooltipContentProps } from 'recharts';
import { useI18n } from '../../lib/i18n/i18n';
import { HatchDefs, hatchFill } from './hatch';
import { useBarSelection } from './chart-points';
import { TIMELINE_COLORS } from './palette';
import { useInitialDimension } from './chart-width';
import { ChartLegend } from './chart-legend';
import { valueTicks } from './value-ticks';

export interface TimelineChartProps {
  readonly data: readonly PeriodPoint[];
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
/** With no vertical grid lines, none to place (Recharts would lay out the x ticks once more). */
const noLines = () => [];

/** Stacked bars per period: DPRK-attributed versus everyone else. */
export function TimelineChart({
  data,
  formatPeriod,
  xLabel,
  onSelectPeriod,
  title,
  stack = 'both',
  height = 320,
}: TimelineChartProps) {
  const { t, f } = useI18n();
  const initialDimension = useInitialDimension(height);
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
  const points = useMemo(() => data.map((point) => ({ ...point })), [data]);
  const ticks = useMemo(() => axisTicks(data), [data]);
  const yTicks = useMemo(() => valueTicks(Math.max(0, ...data.map((p) => p.totalUsd))), [data]);
  const yDomain = useMemo(() => (yTicks ? [0, yTicks.at(-1) ?? 0] : undefined), [yTicks]);
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
  const yAxisLabel = useMemo(
    () => ({ value: t.charts.stolenUsd, angle: -90, position: 'insideLeft', offset: -4 }) as const,
    [t],
  );
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
      <PeriodTooltip active={active} payload={payload} formatPeriod={formatPeriod} />
    ),
    [formatPeriod],
  );
  return (
    <div className="chart-area" onKeyDownCapture={keyboard.onKeyDownCapture}>
      <ResponsiveContainer width="100%" height={height} initialDimension={initialDimension}>
        <BarChart
          data={points}
          title={title}
          margin={MARGIN}
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
            tickFormatter={f.formatUsdCompact}
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
      dataKey="totalUsd"
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
function axisTicks(data: readonly PeriodPoint[]): string[] | undefined {
  if (data.length <= LABEL_EVERY_PERIOD_UP_TO) return undefined;
  return data
    .filter((point) => point.period.endsWith('-01') || point.period.endsWith('-Q1'))
    .map((point) => point.period);
}

interface PeriodTooltipProps {
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: unknown }[];
  readonly formatPeriod: (period: string) => string;
}

function PeriodTooltip({ active, payload, formatPeriod }: PeriodTooltipProps) {
  const { t, f } = useI18n();
  const point: unknown = payload?.[0]?.payload;
  if (!active || !isPeriodPoint(point)) return null;
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

function isPeriodPoint(value: unknown): value is PeriodPoint {
  return typeof value === 'object' && value !== null && 'period' in value && 'largest' in value;
}
