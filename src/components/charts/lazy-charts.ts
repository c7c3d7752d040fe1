import { lazy } from 'react';

// Recharts and its dependencies are about 110 kB gzip: the charts load as their own chunks, fetched
// while the incidents load, so the first-load JavaScript stays small (see README, Performance).
// Every chart that imports recharts is loaded through here, never imported statically.
const loadTimelineChart = once(() => import('./timeline-chart'));
const loadCumulativeChart = once(() => import('./cumulative-chart'));
const loadBreakdownChart = once(() => import('./breakdown-chart'));
const loadLargestChart = once(() => import('./largest-chart'));

/** Starts fetching the chart code; called when the page mounts, while the incidents load. */
export function preloadCharts(): void {
  void loadTimelineChart();
  void loadCumulativeChart();
  void loadBreakdownChart();
  void loadLargestChart();
}

export const LazyTimelineChart = lazy(() =>
  loadTimelineChart().then((module) => ({ default: module.TimelineChart })),
);

export const LazyCumulativeChart = lazy(() =>
  loadCumulativeChart().then((module) => ({ default: module.CumulativeChart })),
);

export const LazyBreakdownChart = lazy(() =>
  loadBreakdownChart().then((module) => ({ default: module.BreakdownChart })),
);

export const LazyLargestChart = lazy(() =>
  loadLargestChart().then((module) => ({ default: module.LargestChart })),
);

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => (promise ??= load());
}
