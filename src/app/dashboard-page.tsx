import { useCallback, useEffect, useMemo } from 'react';
import { preloadCharts, timelineChartLoaded } from '../components/charts/lazy-charts';
import { PanelBoundary } from '../components/ui/panel-boundary';
import { describeFilters } from '../domain/describe-filters';
import type { IncidentFilters } from '../domain/filter';
import type { ChartMode, TableSort } from '../domain/view-state';
import { AboutData } from '../features/about/about-data';
import { BreakdownPanel } from '../features/breakdowns/breakdown-panel';
import { useExportRenderers } from '../features/export/use-export-renderers';
import { CumulativePanel } from '../features/cumulative/cumulative-panel';
import { MetaNotices } from '../features/data-quality/meta-notices';
import { SkippedRows } from '../features/data-quality/skipped-rows';
import { FilterBar, type ChangeFilters } from '../features/filters/filter-bar';
import { withoutUnknownValues } from '../features/filters/filter-options';
import { IncidentsTable } from '../features/incidents-table/incidents-table';
import { LargestPanel } from '../features/largest/largest-panel';
import { PublishedComparison } from '../features/published/published-comparison';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { TotalsPanel } from '../features/totals/totals-panel';
import type { Messages } from '../lib/i18n/messages-en';
import { useI18n } from '../lib/i18n/i18n';
import { chipLabel } from '../domain/filter-labels';
import { errorMessage } from './error-message';
import { linkCutNotices } from './link-cut-notices';
import { LoadError } from './load-error';
import { MAX_RETRIES } from './query-client';
import { categoryKeyLabel, groupKeyLabel } from '../domain/filter-labels';
import type { Formatters } from '../lib/format';
import type { Summary } from '../domain/summarize';
import { PageHeader } from './page-header';
import { useDashboardData } from './use-dashboard-data';
import { useTrailingValue } from './use-trailing-value';
import { useViewState, type UpdateView } from './use-view-state';
import { unknownValueNotices } from './view-notices';
import { ViewNotices } from './view-notices-panel';
import { isTechniqueClass } from '../domain/technique-class';

export function DashboardPage({ today = new Date() }: { readonly today?: Date }) {
  const { t, f } = useI18n();
  const { view, notices, update: updateView, cuts } = useViewState(t.viewUrl);
  const derived = useDashboardData(view.filters, today);
  const { query, viewFilters, filters, summary, options, values, cumulative } = derived;
  const { estimates, presets, bounds, waitingAttempt } = derived;
  // Every change starts from the filters as applied: an ignored value is dropped from the link.
  const update = useCallback<UpdateView>(
    (change, history) =>
      updateView(
        (current) => change({ ...current, filters: withoutUnknownValues(current.filters, values) }),
        history,
      ),
    [updateView, values],
  );
  useEffect(preloadCharts, []);
  usePageTitle(viewFilters, t, f);
  const data = query.data;
  // The panels further down the page follow once the top has been painted (useTrailingValue).
  const figures = useMemo(
    () => ({ data, filters, summary, cumulative }),
    [data, filters, summary, cumulative],
  );
  const later = useTrailingValue(figures, timelineChartLoaded);
  // Exports describe the figures on screen, so they take the filters those were computed for.
  const { renderChartExport } = useExportRenderers(filters, data?.meta ?? null, today);
  const laterExports = useExportRenderers(later.filters, later.data?.meta ?? null, today);

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
  const changeMode = useCallback(
    (mode: ChartMode) => update((current) => ({ ...current, mode })),
    [update],
  );
  const changeSort = useCallback(
    (sort: TableSort) => update((current) => ({ ...current, sort })),
    [update],
  );
  const selectIncident = useCallback(
    (id: string | null) => update((current) => ({ ...current, incident: id })),
    [update],
  );

  const breakdowns = useBreakdowns(later.summary, t);
  const allNotices = useMemo(() => {
    const found = [
      ...linkCutNotices(cuts, t, f),
      ...notices,
      ...(data ? unknownValueNotices(view.filters, values, t) : []),
    ];
    if (data && view.incident !== null && !data.incidents.some((i) => i.id === view.incident)) {
      found.push(t.app.missingIncident);
    }
    return found;
  }, [cuts, notices, data, view.filters, view.incident, values, t, f]);

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
          filters={viewFilters}
          options={options}
          presets={presets}
          bounds={bounds}
          onChange={changeFilters}
        />
        {waitingAttempt !== null && (
          <p className="notice" role="status">
            {t.app.stillWaiting({ attempt: waitingAttempt, total: MAX_RETRIES + 1 })}{' '}
            {query.failureReason &&
              t.app.lastAttemptFailed({ reason: errorMessage(query.failureReason, t, f) })}
          </p>
        )}
        {query.isPending && <LoadingPanels />}
        {data && (
          <>
            <MetaNotices problems={data.metaProblems} />
            <SkippedRows skipped={data.skipped} receivedCount={data.receivedCount} />
            <PanelBoundary name={t.totals.title}>
              <TotalsPanel
                totals={summary.totals}
                skippedCount={data.skipped.length}
                onSelectIncident={selectIncident}
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
                yearly={summary.yearly}
                mode={view.mode}
                onModeChange={changeMode}
                onSelectPeriod={selectPeriod}
                renderExport={renderChartExport}
              />
            </PanelBoundary>
          </>
        )}
        {data && !later.data && <LoadingPanels />}
        {later.data && (
          <div className="later-panels" aria-busy={later !== figures}>
            <div className="chart-grid">
              <PanelBoundary name={t.charts.cumulative.title}>
                <CumulativePanel
                  years={later.cumulative}
                  renderExport={laterExports.renderChartExport}
                />
              </PanelBoundary>
              <PanelBoundary name={t.charts.largest.title}>
                <LargestPanel
                  incidents={later.summary.largest}
                  onSelectIncident={selectIncident}
                  renderExport={laterExports.renderChartExport}
                />
              </PanelBoundary>
              {breakdowns.map((breakdown) => (
                <PanelBoundary key={breakdown.title} name={breakdown.title}>
                  <BreakdownPanel {...breakdown} renderExport={laterExports.renderChartExport} />
                </PanelBoundary>
              ))}
            </div>
            <PanelBoundary name={t.table.title}>
              <IncidentsTable
                incidents={later.summary.incidents}
                totalCount={later.data.incidents.length}
                sort={view.sort}
                onSortChange={changeSort}
                selectedId={view.incident}
                onSelect={selectIncident}
                renderDownloads={laterExports.renderTableDownloads}
              />
            </PanelBoundary>
          </div>
        )}
        <AboutData meta={data?.meta ?? null} />
      </main>
    </>
  );
}

function LoadingPanels() {
  const { t } = useI18n();
  return (
    // A status (not a bare div, which may not carry a name) that screen readers announce.
    <div role="status" aria-busy="true" aria-label={t.app.loading} className="loading-panels">
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

/** The two breakdown charts, by category and by technique; stable while the figures are. */
function useBreakdowns(summary: Summary, t: Messages) {
  const { byCategory, byTechnique } = summary;
  const b = t.charts.breakdown;
  return useMemo(
    () => [
      {
        title: b.categoryTitle,
        caption: b.categoryCaption,
        groups: byCategory,
        formatKey: (key: string) => categoryKeyLabel(key, t),
      },
      {
        title: b.techniqueTitle,
        caption: b.techniqueCaption,
        groups: byTechnique,
        formatKey: (key: string) =>
          isTechniqueClass(key) ? t.labels.techniqueClasses[key] : groupKeyLabel(key, t),
      },
    ],
    [b, byCategory, byTechnique, t],
  );
}
