import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { ChartExport, RenderChartExport } from '../../components/charts/chart-export';
import type { ChartTable } from './package-input';

/** The charts on the page now, each under a key of its own (two could share a slug). */
interface ChartRegistry {
  readonly charts: Map<object, ChartTable>;
}

const ChartTablesContext = createContext<ChartRegistry | null>(null);

/**
 * Collects the tables of the charts on the page for the data package. The chart panels already
 * hand their tables to the export control the page gives them (RenderChartExport), so the page
 * wraps that control (useCollectChartTables) instead of the package importing the panels.
 */
export function ChartTablesProvider({ children }: { readonly children: ReactNode }) {
  const [registry] = useState<ChartRegistry>(() => ({ charts: new Map() }));
  return <ChartTablesContext.Provider value={registry}>{children}</ChartTablesContext.Provider>;
}

/** The export control `render` gives, plus the chart's table registered while it is shown. */
export function useCollectChartTables(render: RenderChartExport): RenderChartExport {
  const registry = useContext(ChartTablesContext);
  return useCallback<RenderChartExport>(
    (chart) => (
      <>
        {render(chart)}
        {registry && <CollectChart chart={chart} registry={registry} />}
      </>
    ),
    [render, registry],
  );
}

function CollectChart({
  chart: { slug, title, table },
  registry,
}: {
  readonly chart: ChartExport;
  readonly registry: ChartRegistry;
}) {
  useEffect(() => {
    const key = {};
    registry.charts.set(key, { slug, title, table });
    return () => void registry.charts.delete(key);
  }, [registry, slug, title, table]);
  return null;
}

/** Reads the charts on the page when called (at the click), not when rendered. */
export function useChartTables(): () => readonly ChartTable[] {
  const registry = useContext(ChartTablesContext);
  return useCallback(() => (registry ? [...registry.charts.values()] : []), [registry]);
}
