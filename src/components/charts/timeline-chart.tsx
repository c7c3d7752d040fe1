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

export const TIMELINE_COLORS = { dprk: '#b4233c', other: '#3d6b99' } as const;

interface TimelineChartProps {
  readonly data: readonly PeriodPoint[];
  readonly formatPeriod: (period: string) => string;
  readonly onSelectPeriod?: (period: string) => void;
  readonly height?: number;
}

/** Stacked bars per period: DPRK-attributed versus everyone else. */
export function TimelineChart({
  data,
  formatPeriod,
  onSelectPeriod,
  height = 320,
}: TimelineChartProps) {
  const select = (item: unknown) => {
    const period = periodOf(item);
    if (period && onSelectPeriod) onSelectPeriod(period);
  };
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
      <BarChart
        data={data.map((point) => ({ ...point }))}
        margin={{ top: 8, right: 8, bottom: 24, left: 16 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="period"
          tickFormatter={formatPeriod}
          minTickGap={16}
          label={{ value: 'Month of theft (UTC)', position: 'insideBottom', offset: -16 }}
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
          onClick={select}
          cursor={onSelectPeriod ? 'pointer' : undefined}
        />
        <Bar
          dataKey="otherUsd"
          name="Other"
          stackId="total"
          fill={TIMELINE_COLORS.other}
          isAnimationActive={false}
          onClick={select}
          cursor={onSelectPeriod ? 'pointer' : undefined}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

function periodOf(item: unknown): string | null {
  if (typeof item !== 'object' || item === null || !('payload' in item)) return null;
  const { payload } = item;
  if (typeof payload !== 'object' || payload === null || !('period' in payload)) return null;
  return typeof payload.period === 'string' ? payload.period : null;
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
      <div>DPRK-attributed: {formatUsdCompact(point.dprkUsd)}</div>
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
