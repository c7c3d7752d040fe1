/**
 * Chart colours, in one place so every chart tells the same story: DPRK-attributed thefts are
 * always the same red, everything else the same blue. Each colour has at least 3:1 contrast on
 * the white panel.
 */
export const TIMELINE_COLORS = { dprk: '#b4233c', other: '#3d6b99' } as const;

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

/** The line colour of a `YYYY` year. */
export function yearColor(year: string): string {
  const n = Number.parseInt(year, 10);
  const at = Number.isFinite(n) ? n % YEAR_COLORS.length : 0;
  return YEAR_COLORS[at] ?? YEAR_COLORS[0];
}
