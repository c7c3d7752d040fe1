import { lazy } from 'react';

// Recharts and its dependencies are about 110 kB gzip: the charts load as their own chunk, fetched
// while the incidents load, so the first-load JavaScript stays small (see README, Performance).
const loadTimelineChart = once(() => import('./timeline-chart'));

/** Starts fetching the chart code; called when the page mounts, while the incidents load. */
export function preloadCharts(): void {
  void loadTimelineChart();
}

export const LazyTimelineChart = lazy(() =>
  loadTimelineChart().then((module) => ({ default: module.TimelineChart })),
);

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => (promise ??= load());
}
