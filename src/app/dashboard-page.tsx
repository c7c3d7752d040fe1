import { useCallback, useEffect, useMemo } from 'react';
import { preloadCharts } from '../components/charts/lazy-charts';
import { PanelBoundary } from '../components/ui/panel-boundary';
import { describeFilters } from '../domain/describe-filters';
import type { IncidentFilters } from '../domain/filter';
import { AboutData } from '../features/about/about-data';
import { BreakdownPanel } from '../features/breakdowns/breakdown-panel';
import { useExportRenderers } from '../features/export/use-export-renderers';
import { CumulativePanel } from '../features/cumulative/cumulative-panel';
import { SkippedRows } from '../features/data-quality/skipped-rows';
import { FilterBar, type ChangeFilters } from '../features/filters/filter-bar';
import { IncidentsTable } from '../features/incidents-table/incidents-table';
import { LargestPanel } from '../features/largest/largest-panel';
import { PublishedComparison } from '../features/published/published-comparison';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { TotalsPanel } from '../features/totals/totals-panel';
import type { Messages } from '../lib/i18n/messages-en';
import { useI18n } from '../lib/i18n/i18n';
import { chipLabel } from '../domain/filter-labels';
import { errorMessage } from './error-message';
import { LoadError } from './load-error';
import { categoryKeyLabel, groupKeyLabel } from '../domain/filter-labels';
import type { Formatters } from '../lib/format';
import { PageHeader } from './page-header';
import { useDashboardData } from './use-dashboard-data';
import { useViewState } from './use-view-state';
import { unknownValueNotices } from './view-notices';
import { ViewNotices } from './view-notices-panel';

export function DashboardPage({ today = new Date() }: { readonly today?: Date }) {
  const { t, f } = useI18n();
  const { view, notices, update } = useViewState(t.viewUrl);
  const { query, summary, options, values, cumulative, estimates, presets } = useDashboardData(
    view.filters,
    today,
  );
  useEffect(preloadCharts, []);
  usePageTitle(view.filters, t, f);
  const { renderChartExport, renderTableDownloads } = useExportRenderers(
    view.filters,
    query.data?.meta ?? null,
    today,
  );

  const changeFilters = useCallback<ChangeFilters>(
    (change, history) =>
      update((current) => ({ ...current, filters: change(current.filters) }), history),
    [update],
  );
  const selectPeriod = useCallback(
    (period: string) =>
      update((current) => {
        const isYear = period.length === 4;
        const from = isYear ? `${period}-01` : period;
        const to = isYear ? `${period}-12` : period;
        return { ...current, mode: 'monthly', filters: { ...current.filters, from, to } };
      }),
    [update],
  );
  const selectIncident = useCallback(
    (id: string | null) => update((current) => ({ ...current, incident: id })),
    [update],
  );

  const data = query.data;
  const allNotices = useMemo(() => {
    const found = [...notices, ...(data ? unknownValueNotices(view.filters, values, t) : [])];
    if (data && view.incident !== null && !data.incidents.some((i) => i.id === view.incident)) {
      found.push(t.app.missingIncident);
    }
    return found;
  }, [notices, data, view.filters, view.incident, values, t]);

  return (
    <>
      <PageHeader meta={data?.meta ?? null} />
      <main>
        <ViewNotices notices={allNotices} />
        {query.isError && !data && (
          <LoadError
            message={errorMessage(query.error, t, f)}
            onRetry={() => void query.refetch()}
          />
        )}
        {query.isRefetchError && (
          <div className="notice" role="status">
            <p>{t.app.refreshFailed({ reason: errorMessage(query.error, t, f) })}</p>
            <button type="button" onClick={() => void query.refetch()}>
              {t.app.retry}
            </button>
          </div>
        )}
        <FilterBar
          filters={view.filters}
          options={options}
          presets={presets}
          onChange={changeFilters}
        />
        {query.isPending && <LoadingPanels />}
        {data && (
          <>
            <SkippedRows skipped={data.skipped} receivedCount={data.receivedCount} />
            <PanelBoundary name={t.totals.title}>
              <TotalsPanel totals={summary.totals} skippedCount={data.skipped.length} />
            </PanelBoundary>
            <PanelBoundary name={t.published.title}>
              <PublishedComparison estimates={estimates} totals={summary.totals} />
            </PanelBoundary>
            <PanelBoundary name={t.charts.timeline.title}>
              <TimelinePanel
                monthly={summary.monthly}
                yearly={summary.yearly}
                mode={view.mode}
                onModeChange={(mode) => update((current) => ({ ...current, mode }))}
                onSelectPeriod={selectPeriod}
                renderExport={renderChartExport}
              />
            </PanelBoundary>
            <div className="chart-grid">
              <PanelBoundary name={t.charts.cumulative.title}>
                <CumulativePanel years={cumulative} renderExport={renderChartExport} />
              </PanelBoundary>
              <PanelBoundary name={t.charts.largest.title}>
                <LargestPanel
                  incidents={summary.largest}
                  onSelectIncident={selectIncident}
                  renderExport={renderChartExport}
                />
              </PanelBoundary>
              <PanelBoundary name={t.charts.breakdown.categoryTitle}>
                <BreakdownPanel
                  title={t.charts.breakdown.categoryTitle}
                  caption={t.charts.breakdown.categoryCaption}
                  groups={summary.byCategory}
                  formatKey={(key) => categoryKeyLabel(key, t)}
                  renderExport={renderChartExport}
                />
              </PanelBoundary>
              <PanelBoundary name={t.charts.breakdown.techniqueTitle}>
                <BreakdownPanel
                  title={t.charts.breakdown.techniqueTitle}
                  caption={t.charts.breakdown.techniqueCaption}
                  groups={summary.byTechnique}
                  formatKey={(key) => groupKeyLabel(key, t)}
                  renderExport={renderChartExport}
                />
              </PanelBoundary>
            </div>
            <PanelBoundary name={t.table.title}>
              <IncidentsTable
                incidents={summary.incidents}
                totalCount={data.incidents.length}
                sort={view.sort}
                onSortChange={(sort) => update((current) => ({ ...current, sort }))}
                selectedId={view.incident}
                onSelect={selectIncident}
                renderDownloads={renderTableDownloads}
              />
            </PanelBoundary>
          </>
        )}
        <AboutData meta={data?.meta ?? null} />
      </main>
    </>
  );
}

function LoadingPanels() {
  const { t } = useI18n();
  return (
    <div aria-busy="true" aria-label={t.app.loading} className="loading-panels">
      <div className="skeleton" />
      <div className="skeleton chart-skeleton" />
      <div className="skeleton chart-skeleton" />
    </div>
  );
}

/** The tab's title says what is filtered, so bookmarks and tabs are told apart. */
function usePageTitle(filters: IncidentFilters, t: Messages, f: Formatters) {
  const base = t.app.name;
  useEffect(() => {
    const parts = describeFilters(filters).map((part) => chipLabel(part, t, f));
    document.title = parts.length > 0 ? `${parts.join(' · ')} – ${base}` : base;
  }, [filters, base, t, f]);
}
