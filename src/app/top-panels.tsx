import { useMemo } from 'react';
import { PanelBoundary } from '../components/ui/panel-boundary';
import type { IncidentsResult } from '../data/parse-incidents';
import type { Summary } from '../domain/engine/summarize-view';
import type { IncidentFilters } from '../domain/filter';
import type { PublishedEstimate } from '../domain/incident';
import type { CompareKind, MonthRange } from '../domain/compare';
import { compareMonths, earlierMonth } from '../domain/months';
import type { ViewState } from '../domain/view-state';
import { useCollectChartTables } from '../features/data-package/chart-tables';
import { MetaNotices } from '../features/data-quality/meta-notices';
import { SkippedRows } from '../features/data-quality/skipped-rows';
import { useCiteDialog } from '../features/cite/use-cite-dialog';
import { isoDay } from '../features/export/export-context';
import { useExportRenderers } from '../features/export/use-export-renderers';
import { PublishedComparison } from '../features/published/published-comparison';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import type { EarlierTotals } from '../features/totals/compare-control';
import { TotalsPanel } from '../features/totals/totals-panel';
import { useI18n } from '../lib/i18n/i18n';
import type { ViewActions } from './use-view-actions';

interface TopPanelsProps {
  readonly data: IncidentsResult;
  /** The filters the figures were computed for (exports describe them). */
  readonly filters: IncidentFilters;
  readonly summary: Summary;
  readonly estimates: readonly PublishedEstimate[];
  /** What the Totals compare with, and that period's totals. */
  readonly comparison: {
    readonly kind: CompareKind;
    readonly earlier: EarlierTotals | null;
    readonly firstMonth: string | null;
    readonly lastMonth: string | null;
    readonly current: MonthRange | null;
  };
  /** The timeline's part of the view: its period, measure and labels. */
  readonly timeline: Pick<ViewState, 'mode' | 'measure' | 'labels'>;
  readonly actions: ViewActions;
  readonly today: Date;
  /** Incident names by id (exports name the excluded incidents). */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * The top of the page, drawn first on every change: what the data said about itself, the totals,
 * the published estimates beside them and the timeline.
 */
export function TopPanels({
  data,
  filters,
  summary,
  estimates,
  comparison: { kind, earlier, firstMonth, lastMonth, current },
  timeline,
  actions,
  today,
  names,
}: TopPanelsProps) {
  const { t } = useI18n();
  const { changeCompare } = actions;
  const comparison = useMemo(
    () => ({ kind, earlier, firstMonth, lastMonth, current, onKindChange: changeCompare }),
    [kind, earlier, firstMonth, lastMonth, current, changeCompare],
  );
  const cite = useCiteDialog(filters, data.meta, isoDay(today));
  const renderChartExport = useCollectChartTables(
    useExportRenderers(filters, data.meta, today, names, cite.open).renderChartExport,
  );
  const coverage = useMemo(
    () => ({
      firstMonth: laterMonth(firstMonth, filters.from),
      lastMonth: earlierMonth(lastMonth, filters.to),
    }),
    [firstMonth, lastMonth, filters.from, filters.to],
  );
  return (
    <>
      <MetaNotices problems={data.metaProblems} />
      <SkippedRows skipped={data.skipped} receivedCount={data.receivedCount} />
      <PanelBoundary name={t.totals.title}>
        <TotalsPanel
          totals={summary.totals}
          skippedCount={data.skipped.length}
          onSelectIncident={actions.selectIncident}
          comparison={comparison}
        />
      </PanelBoundary>
      <PanelBoundary name={t.published.title}>
        <PublishedComparison
          estimates={estimates}
          totals={summary.totals}
          byCategory={summary.byCategory}
        />
      </PanelBoundary>
      <PanelBoundary name={t.charts.timeline.title}>
        <TimelinePanel
          monthly={summary.monthly}
          quarterly={summary.quarterly}
          yearly={summary.yearly}
          mode={timeline.mode}
          onModeChange={actions.changeMode}
          onSelectPeriod={actions.selectPeriod}
          measure={timeline.measure}
          onMeasureChange={actions.changeMeasure}
          hasLabels={timeline.labels}
          onLabelsChange={actions.changeLabels}
          largest={summary.largest}
          coverage={coverage}
          renderExport={renderChartExport}
        />
      </PanelBoundary>
      {cite.dialog}
    </>
  );
}

/** The later of the data's first month and the filter's From (either may be unset). */
function laterMonth(data: string | null, filter: string | null): string | null {
  if (data === null || filter === null) return data ?? filter;
  return compareMonths(data, filter) >= 0 ? data : filter;
}
