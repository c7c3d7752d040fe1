import { clipText, isolate, MAX_INLINE_TEXT } from '../../lib/bidi';
import {
  Bar,
  BarChart,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import type { GroupPoint } from '../../domain/breakdown';
import { useI18n } from '../../lib/i18n/i18n';
import { truncateLabel } from './chart-text';
import { GROUP_COLORS } from './palette';
import { useInitialDimension } from './chart-width';
import { TruncatedTick, type TickProps } from './truncated-tick';

export interface BreakdownChartProps {
  /** The chart's accessible name (the SVG's title). */
  readonly title: string;
  /** The bars, largest first; the one keyed `otherKey` is drawn in grey. */
  readonly groups: readonly GroupPoint[];
  /** What every share is a share of. */
  readonly totalUsd: number;
  readonly formatKey: (key: string) => string;
  readonly otherKey?: string;
}

const ROW_HEIGHT = 34;
// Room at the end of the longest bar for its amount: `1,46 Md $US` is longer than `$1.46B`.
const MARGIN = { top: 8, right: 64, bottom: 8, left: 0 };
const MARGIN_FR = { top: 8, right: 108, bottom: 8, left: 0 };
// Recharts wraps tick labels at spaces only: 16 characters at 12px fit the axis even as one word.
const LABEL_CHARS = 16;

/** Horizontal bars, one per group, with the amount written at the end of each. */
export function BreakdownChart({
  title,
  groups,
  totalUsd,
  formatKey,
  otherKey,
}: BreakdownChartProps) {
  const { t, f } = useI18n();
  const height = groups.length * ROW_HEIGHT + 16;
  const initialDimension = useInitialDimension(height);
  return (
    <div className="chart-area">
      <ResponsiveContainer width="100%" height={height} initialDimension={initialDimension}>
        <BarChart
          data={groups.map((group) => ({ ...group }))}
          title={title}
          layout="vertical"
          margin={f.locale === 'fr' ? MARGIN_FR : MARGIN}
          barCategoryGap="20%"
        >
          <XAxis type="number" dataKey="totalUsd" hide />
          <YAxis
            type="category"
            dataKey="key"
            width={136}
            interval={0}
            tick={(props: TickProps) => (
              <TruncatedTick
                {...props}
                describe={(key) => {
                  const full = formatKey(key);
                  return { full: isolate(full), shown: isolate(truncateLabel(full, LABEL_CHARS)) };
                }}
              />
            )}
          />
          <Tooltip
            cursor={{ fillOpacity: 0.3 }}
            content={({ active, payload }) => (
              <GroupTooltip
                active={active}
                point={payload?.[0]?.payload}
                totalUsd={totalUsd}
                formatKey={formatKey}
              />
            )}
          />
          <Bar
            dataKey="totalUsd"
            name={t.charts.breakdown.amountStolen}
            className="bar-group"
            isAnimationActive={false}
            shape={(props: BarShapeProps) => (
              <Rectangle
                {...props}
                className={groups[props.index]?.key === otherKey ? 'is-other-group' : undefined}
                fill={
                  groups[props.index]?.key === otherKey ? GROUP_COLORS.other : GROUP_COLORS.group
                }
              />
            )}
          >
            <LabelList
              dataKey="totalUsd"
              position="right"
              formatter={(value) => (typeof value === 'number' ? f.formatUsdCompact(value) : '')}
              className="chart-value-label"
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

interface GroupTooltipProps {
  readonly active?: boolean;
  readonly point: unknown;
  readonly totalUsd: number;
  readonly formatKey: (key: string) => string;
}

function GroupTooltip({ active, point, totalUsd, formatKey }: GroupTooltipProps) {
  const { t, f } = useI18n();
  if (!active || !isGroupPoint(point)) return null;
  return (
    <div className="chart-tooltip">
      <strong className="chart-tooltip-name" title={formatKey(point.key)}>
        <bdi>{clipText(formatKey(point.key), MAX_INLINE_TEXT)}</bdi>
      </strong>
      <div>{f.formatUsd(point.totalUsd)}</div>
      <div>
        {t.charts.incidentCount({ n: f.formatCount(point.count), count: point.count })}
        {totalUsd > 0 &&
          `, ${t.charts.ofTotal({ share: f.formatPercent(point.totalUsd / totalUsd) })}`}
      </div>
    </div>
  );
}

function isGroupPoint(value: unknown): value is GroupPoint {
  return typeof value === 'object' && value !== null && 'key' in value && 'totalUsd' in value;
}
