import { useEffect, useMemo } from 'react';
import { preloadCharts } from '../components/charts/lazy-charts';
import { AboutData } from '../features/about/about-data';
import { isoDay } from '../features/export/export-context';
import { ChartTablesProvider } from '../features/data-package/chart-tables';
import { FilterBar } from '../features/filters/filter-bar';
import { PinnedNotice } from '../features/pinned/pinned-notice';
import { usePin } from '../features/pinned/use-pin';
import { LoadingPanels, LoadProblems, StillWaiting } from './data-status';
import { LowerPanels, type LowerFigures } from './lower-panels';
import { PageHeader } from './page-header';
import { PageNotices } from './page-notices';
import { TopPanels } from './top-panels';
import { useDashboardData } from './use-dashboard-data';
import { usePageTitle } from './use-page-title';
import { useViewActions } from './use-view-actions';
import { useViewState } from './use-view-state';

/**
 * The page, top to bottom: header, notices, filters, the top panels (totals, published estimates,
 * timeline), the lower panels (cumulative, largest, breakdowns, table) and About. The view lives
 * in the URL (useViewState); its figures come from one pass over the data (useDashboardData).
 */
export function DashboardPage({ today = new Date() }: { readonly today?: Date }) {
  const { view, notices, update, cuts, dataset } = useViewState();
  const pin = usePin(dataset);
  const derived = useDashboardData(view.filters, today, view.compare, pin);
  const { query, viewFilters, filters, summary, options, values, cumulative } = derived;
  const data = query.data;
  const actions = useViewActions(update, values);
  useEffect(preloadCharts, []);
  usePageTitle(viewFilters, values.names);
  const { from, to } = filters;
  const current = useMemo(() => (from && to ? { from, to } : null), [from, to]);
  const figures = useMemo<LowerFigures | null>(
    () => (data ? { data, filters, summary, cumulative } : null),
    [data, filters, summary, cumulative],
  );

  return (
    <ChartTablesProvider>
      <PageHeader meta={data?.meta ?? null} filters={viewFilters} today={isoDay(today)} />
      <main>
        <PageNotices view={view} notices={notices} cuts={cuts} data={data} values={values} />
        <PinnedNotice pin={pin} filters={filters} isLoaded={data !== undefined} />
        <LoadProblems query={query} />
        <FilterBar
          filters={viewFilters}
          options={options}
          presets={derived.presets}
          bounds={derived.bounds}
          onChange={actions.changeFilters}
          names={values.names}
        />
        <StillWaiting query={query} />
        {query.isPending && <LoadingPanels />}
        {data && (
          <TopPanels
            data={data}
            filters={filters}
            summary={summary}
            estimates={derived.estimates}
            comparison={{
              kind: view.compare,
              earlier: derived.earlier,
              firstMonth: derived.bounds?.first ?? null,
              lastMonth: derived.bounds?.last ?? null,
              current,
            }}
            timeline={view}
            actions={actions}
            today={today}
            names={values.names}
          />
        )}
        {figures && (
          <LowerPanels
            figures={figures}
            view={view}
            actions={actions}
            today={today}
            names={values.names}
          />
        )}
        <AboutData meta={data?.meta ?? null} />
      </main>
    </ChartTablesProvider>
  );
}
