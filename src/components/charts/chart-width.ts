import { createContext, useContext, useMemo } from 'react';

/** The width of the box a chart is drawn in, once the page has laid it out; null before. */
export const ChartWidthContext = createContext<number | null>(null);

/** Recharts' first guess before it measures; the usual chart width on a laptop. */
const FALLBACK_WIDTH = 800;

/**
 * The size a chart's ResponsiveContainer starts at: the box's measured width when known. Recharts
 * draws once at this size and again at the measured one when they differ; starting right saves
 * that second pass over every bar.
 */
export function useInitialDimension(height: number): { width: number; height: number } {
  const width = useContext(ChartWidthContext);
  return useMemo(() => ({ width: width ?? FALLBACK_WIDTH, height }), [width, height]);
}
