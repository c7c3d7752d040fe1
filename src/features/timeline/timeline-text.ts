// The timeline's words for one chart mode and measure: caption, axis, SVG title and summary.
import {
  shareOfSeries,
  type TimelineBar,
  type TimelineMeasure,
} from '../../domain/timeline-measure';
import type { PeriodPoint } from '../../domain/series';
import type { ChartMode } from '../../domain/view-state';
import type { Formatters } from '../../lib/format';
import type { Messages, TimelineStack } from '../../lib/i18n/messages-en';

/** A year key is shown as it is: `2025`. */
const formatYear = (year: string) => year;

function periodText(mode: ChartMode, t: Messages, f: Formatters) {
  const m = t.charts.timeline;
  switch (mode) {
    case 'monthly':
      return {
        per: m.perMonth,
        click: m.clickMonth,
        xLabel: m.xMonthly,
        svgTitle: m.svgMonthly,
        formatAxis: f.formatMonthShort,
        formatLong: f.formatMonthLong,
      };
    case 'quarterly':
      return {
        per: m.perQuarter,
        click: m.clickQuarter,
        xLabel: m.xQuarterly,
        svgTitle: m.svgQuarterly,
        formatAxis: f.formatQuarter,
        formatLong: f.formatQuarter,
      };
    case 'yearly':
      return {
        per: m.perYear,
        click: m.clickYear,
        xLabel: m.xYearly,
        svgTitle: m.svgYearly,
        formatAxis: formatYear,
        formatLong: formatYear,
      };
  }
}

/** What the chart says in `mode` and `measure`; `series` gives the view's share for its caption. */
export function timelineText(
  mode: ChartMode,
  measure: TimelineMeasure,
  series: readonly PeriodPoint[],
  t: Messages,
  f: Formatters,
  stack: TimelineStack = 'both',
) {
  const period = periodText(mode, t, f);
  const v = t.timelineViews;
  const share = shareOfSeries(series);
  const description = {
    gross: () => period.per({ stack }),
    net: () => v.netCaption({ mode, stack }),
    share: () => v.shareCaption({ mode, share: share === null ? '–' : f.formatPercent(share) }),
  }[measure]();
  return {
    caption: `${description} ${period.click}`,
    exportCaption: description,
    xLabel: period.xLabel,
    svgTitle: measure === 'gross' ? period.svgTitle : v.svg({ mode, measure }),
    formatAxis: period.formatAxis,
    formatLong: period.formatLong,
  };
}

/** "Thefts peaked in February 2025 at $1.54B; …": the chart in one sentence. */
export function summarizeBars(
  bars: readonly TimelineBar[],
  measure: TimelineMeasure,
  formatLong: (period: string) => string,
  t: Messages,
  f: Formatters,
): string | undefined {
  const peak = bars.reduce<TimelineBar | null>(
    (best, bar) => (best === null || bar.dprk > best.dprk ? bar : best),
    null,
  );
  const highest = bars.reduce<TimelineBar | null>(
    (best, bar) => (best === null || bar.total > best.total ? bar : best),
    null,
  );
  if (measure === 'share') {
    if (peak === null || peak.total <= 0) return undefined;
    return t.timelineViews.shareSummary({
      period: formatLong(peak.period),
      share: f.formatPercent(peak.dprk),
    });
  }
  if (highest === null || highest.total <= 0) return undefined;
  const total = bars.reduce((sum, bar) => sum + bar.total, 0);
  const words = measure === 'net' ? t.timelineViews.netSummary : t.charts.timeline.summary;
  return words({
    period: formatLong(highest.period),
    amount: f.formatUsdCompact(highest.total),
    total: f.formatUsdCompact(total),
  });
}
