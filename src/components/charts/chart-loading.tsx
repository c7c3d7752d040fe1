/** The Suspense fallback while a chart's code loads: a placeholder as tall as the chart. */
export function ChartLoading({ height }: { readonly height: number }) {
  return (
    <div className="skeleton chart-skeleton" role="status" style={{ height }}>
      <span className="chart-sr-only">Loading chart…</span>
    </div>
  );
}
