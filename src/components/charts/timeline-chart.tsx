import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PeriodPoint } from '../../domain/series';
import { formatCount, formatUsd, formatUsdCompact } from '../../lib/format';
import { payloadOf, stringField } from './chart-points';
import { useEnterToSelect } from './keyboard-select';
import { TIMELINE_COLORS } from './palette';

export interface TimelineChartProps {
  readonly data: readonly PeriodPoint[];
  readonly formatPeriod: (period: string) => string;
  /** The x axis title, e.g. `Month of theft (UTC)`. */
  readonly xLabel: string;
  /** Called with the period (`YYYY-MM` or `YYYY`) of a clicked bar, or of the focused one on Enter. */
  readonly onSelectPeriod?: (period: string) => void;
  /** The chart's accessible name (the SVG's title), e.g. what the arrow keys and Enter do. */
  readonly title: string;
  readonly height?: number;
}

/** Stacked bars per period: DPRK-attributed versus everyone else. */
export function TimelineChart({
  data,
  formatPeriod,
  xLabel,
  onSelectPeriod,
  title,
  height = 320,
}: TimelineChartProps) {
  const selectPoint = (point: unknown) => {
    const period = stringField(point, 'period');
    if (period !== null) onSelectPeriod?.(period);
  };
  const keyboard = useEnterToSelect(onSelectPeriod && selectPoint);
  const cursor = onSelectPeriod ? 'pointer' : undefined;
  return (
    <div className="chart-area" onKeyDownCapture={keyboard.onKeyDownCapture}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart
          data={data.map((point) => ({ ...point }))}
          title={title}
          margin={{ top: 8, right: 8, bottom: 24, left: 16 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="period"
            tickFormatter={formatPeriod}
            interval="preserveStartEnd"
            minTickGap={16}
            label={{ value: xLabel, position: 'insideBottom', offset: -16 }}
          />
          <YAxis
            tickFormatter={formatUsdCompact}
            width={64}
            label={{ value: 'Stolen (USD)', angle: -90, position: 'insideLeft', offset: -8 }}
          />
          <Tooltip
            content={({ active, payload }) => (
              <PeriodTooltip active={active} payload={payload} formatPeriod={formatPeriod} />
            )}
          />
          <Legend verticalAlign="top" height={28} />
          <Bar
            dataKey="dprkUsd"
            name="Attributed to DPRK"
            stackId="total"
            fill={TIMELINE_COLORS.dprk}
            isAnimationActive={false}
            onClick={(item) => selectPoint(payloadOf(item))}
            cursor={cursor}
          />
          <Bar
            dataKey="otherUsd"
            name="Other"
            stackId="total"
            fill={TIMELINE_COLORS.other}
            isAnimationActive={false}
            onClick={(item) => selectPoint(payloadOf(item))}
            cursor={cursor}
          />
          {keyboard.spy}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

interface PeriodTooltipProps {
  readonly active?: boolean;
  readonly payload?: readonly { readonly payload?: unknown }[];
  readonly formatPeriod: (period: string) => string;
}

function PeriodTooltip({ active, payload, formatPeriod }: PeriodTooltipProps) {
  const point: unknown = payload?.[0]?.payload;
  if (!active || !isPeriodPoint(point)) return null;
  return (
    <div className="chart-tooltip">
      <strong>{formatPeriod(point.period)}</strong>
      <div>
        {formatUsd(point.totalUsd)} in {formatCount(point.count)}{' '}
        {point.count === 1 ? 'incident' : 'incidents'}
      </div>
      <div>Attributed to DPRK: {formatUsd(point.dprkUsd)}</div>
      {point.largest.length > 0 && (
        <ul>
          {point.largest.map((incident) => (
            <li key={incident.id}>
              {incident.name}: {formatUsdCompact(incident.amountUsd)}
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
