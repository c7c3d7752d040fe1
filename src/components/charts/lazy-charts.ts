import { lazy, useEffect, useState } from 'react';

// Recharts and its dependencies are about 110 kB gzip: the charts load as their own chunks, fetched
// while the incidents load, so the first-load JavaScript stays small (see README, Performance).
// Every chart that imports recharts is loaded through here, never imported statically.
type TimelineModule = typeof import('./timeline-chart');
let timelineModule: TimelineModule | undefined;
const loadTimelineChart = once(() =>
  import('./timeline-chart').then((module) => (timelineModule = module)),
);
const loadCumulativeChart = once(() => import('./cumulative-chart'));
const loadBreakdownChart = once(() => import('./breakdown-chart'));
const loadLargestChart = once(() => import('./largest-chart'));

/** Starts fetching the chart code; called when the page mounts, while the incidents load. */
export function preloadCharts(): void {
  // A chart whose code fails to load says so in its own panel, which asks for the same promise.
  const reportedByThePanel = () => {};
  for (const load of [
    loadTimelineChart,
    loadCumulativeChart,
    loadBreakdownChart,
    loadLargestChart,
  ]) {
    load().catch(reportedByThePanel);
  }
}

/** Settles once the timeline's code has loaded or failed (a chart that fails says so in its panel). */
export const timelineChartLoaded = (): Promise<unknown> => loadTimelineChart();

/**
 * The timeline chart, or null until its code has loaded (the panel shows a placeholder); a failed
 * load is thrown to the panel's error boundary. Not `lazy()`: React shows a lazy component only
 * after suspending once, even when its code is already here, and then holds the reveal back for up
 * to 300 ms, long enough for the lower panels to render and be committed with it. A state update
 * shows the chart in the same render as the totals whenever its code came first.
 */
export function useTimelineChart(): TimelineModule['TimelineChart'] | null {
  const [loaded, setLoaded] = useState(timelineModule);
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  useEffect(() => {
    if (loaded !== undefined) return;
    let live = true;
    loadTimelineChart().then(
      (module) => live && setLoaded(module),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [loaded]);
  if (failure !== null) throw failure.error;
  return loaded?.TimelineChart ?? null;
}

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
