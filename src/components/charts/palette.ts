import type { ChartLegendEntry } from './chart-export';

/**
 * Chart colours, in one place so every chart tells the same story: DPRK-attributed thefts are
 * always the same red, everything else the same blue. Each colour has at least 3:1 contrast on
 * the white panel.
 */
export const TIMELINE_COLORS = { dprk: '#b4233c', other: '#3d6b99' } as const;
/** The same on the dark panel (the values of `--chart-dprk` and `--chart-other` there). */
export const DARK_TIMELINE_COLORS = { dprk: '#f0627a', other: '#6ea8e0' } as const;

export function timelineColors(theme: 'light' | 'dark') {
  return theme === 'dark' ? DARK_TIMELINE_COLORS : TIMELINE_COLORS;
}

/** The legend of a chart whose bars are DPRK-attributed or not, for its exported image. */
export function dprkLegend(
  labels: { readonly dprk: string; readonly other: string },
  theme: 'light' | 'dark',
  stack: 'both' | 'dprk' | 'other' = 'both',
): ChartLegendEntry[] {
  const colors = timelineColors(theme);
  const dprk: ChartLegendEntry = { label: labels.dprk, color: colors.dprk, shape: 'bar' };
  const other: ChartLegendEntry = { label: labels.other, color: colors.other, shape: 'bar' };
  if (stack === 'dprk') return [dprk];
  return stack === 'other' ? [other] : [dprk, other];
}

/** Bars that compare groups (categories, techniques). */
export const GROUP_COLOR = '#3d6b99';
/** The "Other" bar that sums the groups left out. */
export const OTHER_GROUP_COLOR = '#8a94a6';

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
export function yearColor(year: string, theme: 'light' | 'dark' = 'light'): string {
  const n = Number.parseInt(year, 10);
  const at = Number.isFinite(n) ? n % YEAR_COLORS.length : 0;
  const colors = theme === 'dark' ? DARK_YEAR_COLORS : YEAR_COLORS;
  return colors[at] ?? YEAR_COLORS[0];
}
