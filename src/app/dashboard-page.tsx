import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { preloadCharts } from '../components/charts/lazy-charts';
import { PanelBoundary } from '../components/ui/panel-boundary';
import { incidentQueries } from '../data/incident-queries';
import { computeTotals } from '../domain/totals';
import { sumByMonth } from '../domain/series';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { TotalsPanel } from '../features/totals/totals-panel';
import { LoadError } from './load-error';

export function DashboardPage() {
  const query = useQuery(incidentQueries.list());
  useEffect(preloadCharts, []);
  const incidents = query.data?.incidents;
  const totals = useMemo(() => incidents && computeTotals(incidents), [incidents]);
  const monthly = useMemo(() => incidents && sumByMonth(incidents), [incidents]);

  return (
    <>
      <header className="page-header">
        <h1>Crypto Theft Tracker</h1>
        <p>Sourced crypto thefts and hacks, with attribution</p>
      </header>
      <main>
        {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
        {query.isPending && (
          <div className="skeleton" aria-busy="true" aria-label="Loading incidents" />
        )}
        {totals && query.data && (
          <PanelBoundary name="Totals">
            <TotalsPanel totals={totals} skippedCount={query.data.skipped.length} />
          </PanelBoundary>
        )}
        {monthly && (
          <PanelBoundary name="Thefts over time">
            <TimelinePanel series={monthly} />
          </PanelBoundary>
        )}
      </main>
    </>
  );
}
