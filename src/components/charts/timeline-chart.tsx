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
import { useCallback, useId, useMemo } from 'react';
import type { TooltipContentProps } from 'recharts';
import { useI18n } from '../../lib/i18n/i18n';
import { HatchDefs, hatchFill } from './hatch';
import { useBarSelection } from './chart-points';
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

// Props handed to Recharts are kept stable between renders: it recomputes what changed by reference.
const MARGIN = { top: 8, right: 8, bottom: 24, left: 16 };

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
  const { onBarClick, keyboard, cursor } = useBarSelection('period', onSelectPeriod);
  // Recharts takes mutable points; a copy made once per series, not once per render.
  const points = useMemo(() => data.map((point) => ({ ...point })), [data]);
  const xAxisLabel = useMemo(
    () => ({ value: xLabel, position: 'insideBottom', offset: -16 }) as const,
    [xLabel],
  );
  const yAxisLabel = useMemo(
    () => ({ value: t.charts.stolenUsd, angle: -90, position: 'insideLeft', offset: -8 }) as const,
    [t],
  );
  const tooltip = useCallback(
    ({ active, payload }: TooltipContentProps) => (
      <PeriodTooltip active={active} payload={payload} formatPeriod={formatPeriod} />
    ),
    [formatPeriod],
  );
  return (
    <div className="chart-area" onKeyDownCapture={keyboard.onKeyDownCapture}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart data={points} title={title} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="period"
            tickFormatter={formatPeriod}
            interval="preserveStartEnd"
            minTickGap={16}
            label={xAxisLabel}
          />
          <YAxis
            tickFormatter={f.formatUsdCompact}
            width={f.locale === 'fr' ? 100 : 64}
            label={yAxisLabel}
          />
          <Tooltip content={tooltip} />
          <HatchDefs id={hatchId} />
          <Legend verticalAlign="top" height={28} />
          <Bar
            dataKey="dprkUsd"
            name={t.charts.dprk}
            stackId="total"
            fill={hatchFill(hatchId)}
            className="bar-dprk"
            isAnimationActive={false}
            onClick={onBarClick}
            cursor={cursor}
          />
          <Bar
            dataKey="otherUsd"
            name={t.charts.other}
            stackId="total"
            fill={TIMELINE_COLORS.other}
            className="bar-other"
            isAnimationActive={false}
            onClick={onBarClick}
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
