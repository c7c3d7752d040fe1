import { memo, useMemo } from 'react';
import type { PeriodPoint } from '../domain/series';
import { measureBars } from '../domain/timeline-measure';
import type { ChartMode } from '../domain/view-state';
import { ChartLoading } from '../components/charts/chart-loading';
import { useTimelineChart } from '../components/charts/lazy-charts';
import type { Formatters } from '../lib/format';
import { useI18n } from '../lib/i18n/i18n';
import type { Messages } from '../lib/i18n/messages-en';

const CHART_HEIGHT = 320;

/** A period in full: `February 2025`, `Q1 2025`, `2025`. */
export function periodLabel(mode: ChartMode, period: string, f: Formatters): string {
  if (mode === 'monthly') return f.formatMonthLong(period);
  return mode === 'quarterly' ? f.formatQuarter(period) : period;
}

/** Which parts the bars hold: a DPRK-only view has no "Other" to stack on. */
function stackOf(series: readonly PeriodPoint[]): 'both' | 'dprk' | 'other' {
  const hasDprk = series.some((point) => point.dprkUsd > 0);
  const hasOther = series.some((point) => point.otherUsd > 0);
  if (hasDprk && !hasOther) return 'dprk';
  return !hasDprk && hasOther ? 'other' : 'both';
}

export function timelineText(mode: ChartMode, series: readonly PeriodPoint[], t: Messages): string {
  const m = t.charts.timeline;
  const stack = stackOf(series);
  return { monthly: m.perMonth, quarterly: m.perQuarter, yearly: m.perYear }[mode]({ stack });
}

/** A year key is shown as it is: `2025`. */
const formatYear = (year: string) => year;

/** The timeline as on the dashboard: stacked bars per period; a bar chosen opens the full view. */
export const EmbedTimeline = memo(function EmbedTimeline({
  series,
  mode,
  onSelectPeriod,
}: {
  readonly series: readonly PeriodPoint[];
  readonly mode: ChartMode;
  readonly onSelectPeriod: (period: string) => void;
}) {
  const { t, f } = useI18n();
  const TimelineChart = useTimelineChart();
  // The embed draws the amounts stolen; the dashboard's net and share views are not embedded yet.
  const bars = useMemo(() => measureBars(series, 'gross'), [series]);
  const m = t.charts.timeline;
  const text = {
    monthly: { format: f.formatMonthShort, x: m.xMonthly, svg: m.svgMonthly },
    quarterly: { format: f.formatQuarter, x: m.xQuarterly, svg: m.svgQuarterly },
    yearly: { format: formatYear, x: m.xYearly, svg: m.svgYearly },
  }[mode];
  return TimelineChart === null ? (
    <ChartLoading height={CHART_HEIGHT} />
  ) : (
    <TimelineChart
      data={bars}
      formatPeriod={text.format}
      xLabel={text.x}
      title={text.svg}
      onSelectPeriod={onSelectPeriod}
      stack={stackOf(series)}
      height={CHART_HEIGHT}
    />
  );
});
