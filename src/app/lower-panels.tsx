import { useMemo } from 'react';
import { timelineChartLoaded } from '../components/charts/lazy-charts';
import { PanelBoundary } from '../components/ui/panel-boundary';
import type { IncidentsResult } from '../data/parse-incidents';
import type { CumulativeYear } from '../domain/cumulative';
import type { Summary } from '../domain/engine/summarize-view';
import type { IncidentFilters } from '../domain/filter';
import type { ViewState } from '../domain/view-state';
import { MAX_EXCLUDED } from '../domain/view-url';
import { BreakdownPanel } from '../features/breakdowns/breakdown-panel';
import { CumulativePanel } from '../features/cumulative/cumulative-panel';
import { useCollectChartTables } from '../features/data-package/chart-tables';
import { useCiteDialog } from '../features/cite/use-cite-dialog';
import { isoDay } from '../features/export/export-context';
import { useExportRenderers } from '../features/export/use-export-renderers';
import { IncidentsTable } from '../features/incidents-table/incidents-table';
import { LargestPanel } from '../features/largest/largest-panel';
import { useI18n } from '../lib/i18n/i18n';
import type { Messages } from '../lib/i18n/messages-en';
import { LoadingPanels } from './data-status';
import type { ViewActions } from './use-view-actions';
import { useTableDownloads } from './use-table-downloads';
import { useTrailingValue } from './use-trailing-value';

/** The figures the lower panels draw: those of the top, a little later. */
export interface LowerFigures {
  readonly data: IncidentsResult;
  readonly filters: IncidentFilters;
  readonly summary: Summary;
  readonly cumulative: readonly CumulativeYear[];
}

interface LowerPanelsProps {
  readonly figures: LowerFigures;
  readonly view: ViewState;
  readonly actions: ViewActions;
  readonly today: Date;
  /** Incident names by id (exports name the excluded incidents). */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * The panels further down the page. They own their paint order: they take the figures once the
 * top has been painted (useTrailingValue), so a change of filters shows the totals and the
 * timeline first, and their exports describe the figures they show.
 */
export function LowerPanels({ figures, view, actions, today, names }: LowerPanelsProps) {
  const { t } = useI18n();
  // Mounted with the first figures, it still lets the top paint them first: it starts empty.
  const later = useTrailingValue<LowerFigures | null>(figures, timelineChartLoaded, null);
  const filters = later?.filters ?? figures.filters;
  const meta = later?.data.meta ?? null;
  const cite = useCiteDialog(filters, meta, isoDay(today));
  const renderers = useExportRenderers(filters, meta, today, names, cite.open);
  const isExcludeFull = view.filters.exclude.length >= MAX_EXCLUDED;
  const renderChartExport = useCollectChartTables(renderers.renderChartExport);
  const renderTableDownloads = useTableDownloads(
    renderers.renderTableDownloads,
    later,
    today,
    names,
  );
  const breakdowns = useBreakdowns(later?.summary ?? null, t);
  if (later === null) return <LoadingPanels />;
  return (
    <div className="later-panels" aria-busy={later !== figures}>
      <div className="chart-grid">
        <PanelBoundary name={t.charts.cumulative.title}>
          <CumulativePanel
            years={later.cumulative}
            chosenYears={view.years}
            onChooseYears={actions.chooseYears}
            renderExport={renderChartExport}
          />
        </PanelBoundary>
        <PanelBoundary name={t.charts.largest.title}>
          <LargestPanel
            incidents={later.summary.largest}
            onSelectIncident={actions.selectIncident}
            onExcludeIncident={isExcludeFull ? undefined : actions.excludeIncident}
            renderExport={renderChartExport}
          />
        </PanelBoundary>
        {breakdowns.map((breakdown) => (
          <PanelBoundary key={breakdown.title} name={breakdown.title}>
            <BreakdownPanel {...breakdown} renderExport={renderChartExport} />
          </PanelBoundary>
        ))}
      </div>
      <PanelBoundary name={t.table.title}>
        <IncidentsTable
          incidents={later.summary.incidents}
          totalCount={later.data.incidents.length}
          sort={view.sort}
          onSortChange={actions.changeSort}
          selectedId={view.incident}
          onSelect={actions.selectIncident}
          renderDownloads={renderTableDownloads}
          onExclude={actions.excludeIncident}
          isExcludeFull={isExcludeFull}
        />
      </PanelBoundary>
      {cite.dialog}
    </div>
  );
}

/** The two breakdown charts, by category and by technique; stable while the figures are. */
function useBreakdowns(summary: Summary | null, t: Messages) {
  const byCategory = summary?.byCategory ?? null;
  const byTechnique = summary?.byTechnique ?? null;
  const b = t.charts.breakdown;
  return useMemo(
    () =>
      byCategory === null || byTechnique === null
        ? []
        : [
            {
              title: b.categoryTitle,
              caption: b.categoryCaption,
              groups: byCategory,
              embed: 'category' as const,
            },
            {
              title: b.techniqueTitle,
              caption: b.techniqueCaption,
              groups: byTechnique,
              embed: 'technique' as const,
            },
          ],
    [b, byCategory, byTechnique],
  );
}
