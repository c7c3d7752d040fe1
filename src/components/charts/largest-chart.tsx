import { clipText, isolate, MAX_INLINE_TEXT } from '../../lib/bidi';
import {
  Bar,
  BarChart,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { isDprk } from '../../domain/filter';
import type { Incident } from '../../domain/incident';
import { useCallback, useId, useMemo } from 'react';
import type { TooltipContentProps } from 'recharts';
import { useI18n } from '../../lib/i18n/i18n';
import { HatchDefs, hatchFill } from './hatch';
import { useBarSelection } from './chart-points';
import { truncateLabel } from './chart-text';
import { TIMELINE_COLORS } from './palette';
import { useInitialDimension } from './chart-width';
import { ChartLegend } from './chart-legend';
import { TruncatedTick, type TickProps } from './truncated-tick';

export interface LargestChartProps {
  /** Largest first; drawn top to bottom in this order. */
  readonly incidents: readonly Incident[];
  /** Called with the id of a clicked bar, or of the focused one on Enter. */
  readonly onSelectIncident?: (id: string) => void;
}

const ROW_HEIGHT = 34;
const LABEL_CHARS = 18;
// Props handed to Recharts are kept stable between renders: it recomputes what changed by reference.
const MARGIN = { top: 8, right: 64, bottom: 8, left: 0 };
// `1,46 Md $US` needs more room at the end of the longest bar than `$1.46B`.
const MARGIN_FR = { top: 8, right: 108, bottom: 8, left: 0 };
const TOOLTIP_CURSOR = { fillOpacity: 0.3 };
const tooltipContent = ({ active, payload }: TooltipContentProps) => (
  <IncidentTooltip active={active} row={payload?.[0]?.payload} />
);

interface IncidentRow {
  readonly id: string;
  readonly incident: Incident;
  readonly amountUsd: number;
  /** The amount when attributed to DPRK, else 0: one of the two stacked bars is empty. */
  readonly dprkUsd: number;
  readonly otherUsd: number;
}

function toRows(incidents: readonly Incident[]): IncidentRow[] {
  return incidents.map((incident) => {
    const dprk = isDprk(incident.attribution);
    return {
      id: incident.id,
      incident,
      amountUsd: incident.amountUsd,
      dprkUsd: dprk ? incident.amountUsd : 0,
      otherUsd: dprk ? 0 : incident.amountUsd,
    };
  });
}

/** One horizontal bar per incident, named on the axis, coloured by DPRK attribution. */
export function LargestChart({ incidents, onSelectIncident }: LargestChartProps) {
  const { t, f } = useI18n();
  const hatchId = useId();
  const rows = useMemo(() => toRows(incidents), [incidents]);
  const tick = useMemo(() => {
    const labels = new Map(
      rows.map((row, at) => [
        row.id,
        // Isolated (FSI ... PDI), here and in the exported SVG: a bidi override stays in the name.
        {
          full: `${at + 1}. ${isolate(row.incident.name)}`,
          shown: `${at + 1}. ${isolate(truncateLabel(row.incident.name, LABEL_CHARS))}`,
        },
      ]),
    );
    const describe = (id: string) => labels.get(id) ?? { full: id, shown: id };
    return (props: TickProps) => <TruncatedTick {...props} describe={describe} />;
  }, [rows]);
  const hasDprk = rows.some((row) => row.dprkUsd > 0);
  const hasOther = rows.some((row) => row.otherUsd > 0);
  // Names only the colours drawn: a DPRK-only view has no "Other" bar.
  const legend = useCallback(
    () => (
      <ChartLegend
        items={[
          ...(hasDprk || !hasOther ? [{ label: t.charts.dprk, fill: hatchFill(hatchId) }] : []),
          ...(hasOther || !hasDprk
            ? [{ label: t.charts.other, fill: TIMELINE_COLORS.other, className: 'is-other' }]
            : []),
        ]}
      />
    ),
    [t, hatchId, hasDprk, hasOther],
  );
  const { onBarClick, keyboard, cursor } = useBarSelection('id', onSelectIncident);
  const height = rows.length * ROW_HEIGHT + 48;
  const initialDimension = useInitialDimension(height);
  const formatAmount = useCallback(
    (value: unknown) => (typeof value === 'number' ? f.formatUsdCompact(value) : ''),
    [f],
  );
  // On both bars: each row has one empty bar, and Recharts labels only the drawn one.
  const amountLabels = <LabelList dataKey="amountUsd" position="right" formatter={formatAmount} />;
  return (
    <div className="chart-area" onKeyDownCapture={keyboard.onKeyDownCapture}>
      <ResponsiveContainer width="100%" height={height} initialDimension={initialDimension}>
        <BarChart
          data={rows}
          title={t.charts.largest.svg}
          layout="vertical"
          margin={f.locale === 'fr' ? MARGIN_FR : MARGIN}
          barCategoryGap="20%"
        >
          <XAxis type="number" hide />
          <YAxis type="category" dataKey="id" width={156} interval={0} tick={tick} />
          <Tooltip cursor={TOOLTIP_CURSOR} content={tooltipContent} />
          <HatchDefs id={hatchId} />
          <Legend verticalAlign="top" height={28} content={legend} />
          <Bar
            dataKey="dprkUsd"
            name={t.charts.dprk}
            stackId="amount"
            fill={hatchFill(hatchId)}
            className="bar-dprk"
            isAnimationActive={false}
            onClick={onBarClick}
            cursor={cursor}
          >
            {amountLabels}
          </Bar>
          <Bar
            dataKey="otherUsd"
            name={t.charts.other}
            stackId="amount"
            fill={TIMELINE_COLORS.other}
            className="bar-other"
            isAnimationActive={false}
            onClick={onBarClick}
            cursor={cursor}
          >
            {amountLabels}
          </Bar>
          {keyboard.spy}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function IncidentTooltip({ active, row }: { readonly active?: boolean; readonly row: unknown }) {
  const { t, f } = useI18n();
  if (!active || !isIncidentRow(row)) return null;
  const { incident } = row;
  const attribution = incident.attribution ?? t.labels.unattributed;
  return (
    <div className="chart-tooltip">
      <strong className="chart-tooltip-name" title={incident.name}>
        <bdi>{clipText(incident.name, MAX_INLINE_TEXT)}</bdi>
      </strong>
      <div>{f.formatUsd(incident.amountUsd)}</div>
      <div>{f.formatDay(incident.date)}</div>
      <div className="chart-tooltip-name" title={attribution}>
        <bdi>{clipText(attribution, MAX_INLINE_TEXT)}</bdi>
      </div>
    </div>
  );
}

function isIncidentRow(value: unknown): value is IncidentRow {
  return typeof value === 'object' && value !== null && 'incident' in value && 'id' in value;
}
