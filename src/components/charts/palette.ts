import { PALETTES, type ThemeName } from '../../lib/palette';
import type { ChartLegendEntry } from './chart-export';

/**
 * Chart colours, from the page's palette (src/lib/palette.ts), so every chart tells the same
 * story: DPRK-attributed thefts are always the same red, everything else the same blue.
 */
export function timelineColors(theme: ThemeName) {
  const palette = PALETTES[theme];
  return { dprk: palette['chart-dprk'], other: palette['chart-other'] };
}

/** The light theme's, for the SVG attributes (CSS repaints them in the dark theme). */
export const TIMELINE_COLORS = timelineColors('light');

/** The legend of a chart whose bars are DPRK-attributed or not, for its exported image. */
export function dprkLegend(
  labels: { readonly dprk: string; readonly other: string },
  theme: ThemeName,
  stack: 'both' | 'dprk' | 'other' = 'both',
): ChartLegendEntry[] {
  const colors = timelineColors(theme);
  const dprk: ChartLegendEntry = { label: labels.dprk, color: colors.dprk, shape: 'bar' };
  const other: ChartLegendEntry = { label: labels.other, color: colors.other, shape: 'bar' };
  if (stack === 'dprk') return [dprk];
  return stack === 'other' ? [other] : [dprk, other];
}

/** Bars that compare groups (categories, techniques), and the "Other" bar summing the rest. */
export function groupColors(theme: ThemeName) {
  const palette = PALETTES[theme];
  return { group: palette['chart-other'], other: palette['chart-group-other'] };
}

/** The light theme's, for the SVG attributes (CSS repaints them in the dark theme). */
export const GROUP_COLORS = groupColors('light');

/**
 * Sixteen distinct line colours, ordered so that neighbouring years never get similar hues. A year
 * keeps its colour whatever the filter: the colour depends on the year, not its position.
 */
export const YEAR_COLORS = [
  '#1f77b4',
  '#d35f00',
  '#2b8a2b',
  '#c2185b',
  '#6a3d9a',
  '#8c564b',
  '#0e8a96',
  '#d62728',
  '#4e6e00',
  '#0b3c5d',
  '#c2399f',
  '#b07800',
  '#5f6b7a',
  '#9467bd',
  '#006d5b',
  '#7f7f7f',
] as const;

/** `#rrggbb` mixed with white by `amount` (0..1): the dark theme's lighter line colours. */
function lighten(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `#${channels
    .map((value) => Math.round(value + (255 - value) * amount))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The same hues lightened, each at least 3:1 against the dark panel. */
const DARK_YEAR_COLORS = YEAR_COLORS.map((color) => lighten(color, 0.4));

/** The line colour of a `YYYY` year, in the light (default) or dark theme. */
export function yearColor(year: string, theme: ThemeName = 'light'): string {
  const n = Number.parseInt(year, 10);
  const at = Number.isFinite(n) ? n % YEAR_COLORS.length : 0;
  const colors = theme === 'dark' ? DARK_YEAR_COLORS : YEAR_COLORS;
  return colors[at] ?? YEAR_COLORS[0];
}
