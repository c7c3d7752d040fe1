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
import { useId } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import { HatchDefs, hatchFill } from './hatch';
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
  const { t, f } = useI18n();
  const hatchId = useId();
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
            tickFormatter={f.formatUsdCompact}
            width={f.locale === 'fr' ? 100 : 64}
            label={{ value: t.charts.stolenUsd, angle: -90, position: 'insideLeft', offset: -8 }}
          />
          <Tooltip
            content={({ active, payload }) => (
              <PeriodTooltip active={active} payload={payload} formatPeriod={formatPeriod} />
            )}
          />
          <HatchDefs id={hatchId} />
          <Legend verticalAlign="top" height={28} />
          <Bar
            dataKey="dprkUsd"
            name={t.charts.dprk}
            stackId="total"
            fill={hatchFill(hatchId)}
            className="bar-dprk"
            isAnimationActive={false}
            onClick={(item) => selectPoint(payloadOf(item))}
            cursor={cursor}
          />
          <Bar
            dataKey="otherUsd"
            name={t.charts.other}
            stackId="total"
            fill={TIMELINE_COLORS.other}
            className="bar-other"
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
