import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CumulativeYear } from '../../domain/cumulative';
import { useI18n } from '../../lib/i18n/i18n';
import { yearColor } from './palette';
import { useResolvedTheme } from './use-resolved-theme';
import { useInitialDimension } from './chart-width';
import { valueTicks } from './value-ticks';

export interface CumulativeChartProps {
  /** Every year, oldest first; only those in `shown` are drawn. */
  readonly years: readonly CumulativeYear[];
  readonly shown: ReadonlySet<string>;
  readonly height?: number;
}

type MonthRow = Record<string, number | null>;

/** With no vertical grid lines, none to place (Recharts would lay out the x ticks once more). */
const noLines = () => [];

const MONTH_TICK = { fontSize: 11 };

/** One row per month, one column per year: the shape a multi-line chart reads. */
function toMonthRows(years: readonly CumulativeYear[]): MonthRow[] {
  return Array.from({ length: 12 }, (_, at) => {
    const row: MonthRow = { month: at + 1 };
    for (const year of years) row[year.year] = year.points[at]?.cumulativeUsd ?? null;
    return row;
  });
}

/** Year-to-date amount stolen by month, one line per year; the latest year drawn thicker. */
export function CumulativeChart({ years, shown, height = 340 }: CumulativeChartProps) {
  const { t, f } = useI18n();
  const initialDimension = useInitialDimension(height);
  const theme = useResolvedTheme();
  const latest = years.at(-1)?.year;
  const rows = toMonthRows(years);
  const drawnMax = Math.max(
    0,
    ...years
      .filter((year) => shown.has(year.year))
      .flatMap((year) => year.points.map((point) => point.cumulativeUsd ?? 0)),
  );
  const yTicks = valueTicks(drawnMax);
  return (
    <div className="chart-area">
      <ResponsiveContainer width="100%" height={height} initialDimension={initialDimension}>
        <LineChart
          data={rows}
          title={t.charts.cumulative.svg}
          margin={{ top: 8, right: 16, bottom: 24, left: 16 }}
        >
          <CartesianGrid
            strokeDasharray="3 3"
            vertical={false}
            verticalCoordinatesGenerator={noLines}
          />
          <XAxis
            dataKey="month"
            tickFormatter={(month: number) => f.formatMonthName(month)}
            // Every month where they fit, else every other one: never an irregular gap.
            interval="equidistantPreserveStart"
            minTickGap={2}
            tick={MONTH_TICK}
            label={{ value: t.charts.monthUtc, position: 'insideBottom', offset: -16 }}
          />
          <YAxis
            ticks={yTicks}
            domain={yTicks ? [0, yTicks.at(-1) ?? 0] : undefined}
            tickFormatter={f.formatUsdCompact}
            width={f.locale === 'fr' ? 110 : 68}
            label={{
              value: t.charts.stolenUsd,
              angle: -90,
              position: 'insideLeft',
              offset: -4,
            }}
          />
          <Tooltip
            content={({ active, payload, label }) => (
              <YearsTooltip active={active} payload={payload} label={label} />
            )}
          />
          {years
            .filter((year) => shown.has(year.year))
            .map((year) => (
              <Line
                key={year.year}
                dataKey={year.year}
                name={year.year}
                type="linear"
                stroke={yearColor(year.year, theme)}
                strokeWidth={year.year === latest ? 3.5 : 1.75}
                dot={hasOnePoint(year) ? { r: 3 } : false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A line through one point draws nothing: such a year gets dots. */
function hasOnePoint(year: CumulativeYear): boolean {
  return year.points.filter((point) => point.cumulativeUsd !== null).length <= 1;
}

interface YearsTooltipProps {
  readonly active?: boolean;
  readonly label?: string | number;
  readonly payload?: readonly {
    readonly name?: unknown;
    readonly value?: unknown;
    readonly color?: string;
  }[];
}

function YearsTooltip({ active, label, payload }: YearsTooltipProps) {
  const { t, f } = useI18n();
  if (!active || payload === undefined) return null;
  const entries = payload
    .flatMap(({ name, value, color }) =>
      typeof value === 'number' ? [{ year: String(name), value, color }] : [],
    )
    .sort((a, b) => (a.year < b.year ? 1 : -1));
  if (entries.length === 0) return null;
  return (
    <div className="chart-tooltip">
      <strong>{t.charts.endOf({ month: f.formatMonthName(Number(label)) })}</strong>
      <ul className="chart-tooltip-list">
        {entries.map((entry) => (
          <li key={entry.year}>
            <span className="chart-swatch" style={{ background: entry.color }} aria-hidden="true" />
            {entry.year}: {f.formatUsd(entry.value)}
          </li>
        ))}
      </ul>
    </div>
  );
}
