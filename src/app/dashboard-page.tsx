import { useCallback, useEffect, useMemo, useState } from 'react';
import { preloadCharts } from '../components/charts/lazy-charts';
import { PanelBoundary } from '../components/ui/panel-boundary';
import { categoryKeyLabel, describeFilters } from '../domain/describe-filters';
import type { IncidentFilters } from '../domain/filter';
import { AboutData } from '../features/about/about-data';
import { BreakdownPanel } from '../features/breakdowns/breakdown-panel';
import { CumulativePanel } from '../features/cumulative/cumulative-panel';
import { SkippedRows } from '../features/data-quality/skipped-rows';
import { FilterBar, type ChangeFilters } from '../features/filters/filter-bar';
import { IncidentsTable } from '../features/incidents-table/incidents-table';
import { LargestPanel } from '../features/largest/largest-panel';
import { PublishedComparison } from '../features/published/published-comparison';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { TotalsPanel } from '../features/totals/totals-panel';
import { formatMonthShort, formatUsdCompact } from '../lib/format';
import { LoadError } from './load-error';
import { PageHeader } from './page-header';
import { useDashboardData } from './use-dashboard-data';
import { useViewState } from './use-view-state';
import { unknownValueNotices } from './view-notices';
import { ViewNotices } from './view-notices-panel';

export function DashboardPage({ today = new Date() }: { readonly today?: Date }) {
  const { view, notices, update } = useViewState();
  const { query, summary, options, values, cumulative, estimates, presets } = useDashboardData(
    view.filters,
    today,
  );
  useEffect(preloadCharts, []);
  usePageTitle(view.filters);

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
    const found = [...notices, ...(data ? unknownValueNotices(view.filters, values) : [])];
    if (data && view.incident !== null && !data.incidents.some((i) => i.id === view.incident)) {
      found.push('The incident named in the link is not in the dataset.');
    }
    return found;
  }, [notices, data, view.filters, view.incident, values]);

  return (
    <>
      <PageHeader meta={data?.meta ?? null} />
      <main>
        <ViewNotices notices={allNotices} />
        {query.isError && !data && (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        )}
        {query.isRefetchError && (
          <p className="notice" role="status">
            Refreshing the data failed ({query.error.message}); the figures below are from the last
            successful load.
          </p>
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
            <PanelBoundary name="Totals">
              <TotalsPanel totals={summary.totals} skippedCount={data.skipped.length} />
            </PanelBoundary>
            <PanelBoundary name="Published figures">
              <PublishedComparison estimates={estimates} totals={summary.totals} />
            </PanelBoundary>
            <PanelBoundary name="Thefts over time">
              <TimelinePanel
                monthly={summary.monthly}
                yearly={summary.yearly}
                mode={view.mode}
                onModeChange={(mode) => update((current) => ({ ...current, mode }))}
                onSelectPeriod={selectPeriod}
              />
            </PanelBoundary>
            <div className="chart-grid">
              <PanelBoundary name="Cumulative stolen by year">
                <CumulativePanel years={cumulative} />
              </PanelBoundary>
              <PanelBoundary name="Largest incidents">
                <LargestPanel incidents={summary.largest} onSelectIncident={selectIncident} />
              </PanelBoundary>
              <PanelBoundary name="By category">
                <BreakdownPanel
                  title="By category"
                  caption="Amount stolen per victim category under the current filters."
                  groups={summary.byCategory}
                  formatKey={categoryKeyLabel}
                />
              </PanelBoundary>
              <PanelBoundary name="By technique">
                <BreakdownPanel
                  title="By technique"
                  caption="Amount stolen per technique, as the sources word it; “Unknown” where no source says."
                  groups={summary.byTechnique}
                />
              </PanelBoundary>
            </div>
            <PanelBoundary name="Incidents">
              <IncidentsTable
                incidents={summary.incidents}
                totalCount={data.incidents.length}
                sort={view.sort}
                onSortChange={(sort) => update((current) => ({ ...current, sort }))}
                selectedId={view.incident}
                onSelect={selectIncident}
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
  return (
    <div aria-busy="true" aria-label="Loading incidents" className="loading-panels">
      <div className="skeleton" />
      <div className="skeleton chart-skeleton" />
      <div className="skeleton chart-skeleton" />
    </div>
  );
}

/** The tab's title says what is filtered, so bookmarks and tabs are told apart. */
function usePageTitle(filters: IncidentFilters) {
  const [base] = useState(() => document.title || 'Crypto Theft Tracker');
  useEffect(() => {
    const parts = describeFilters(filters, { month: formatMonthShort, usd: formatUsdCompact });
    document.title = parts.length > 0 ? `${parts.map((p) => p.label).join(' · ')} – ${base}` : base;
  }, [filters, base]);
}
