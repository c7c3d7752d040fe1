import { addMonths } from './months';

/** What a preset is, for its words (lib/i18n words the kinds; a year is its number). */
export type PresetName =
  | { readonly kind: 'all-time' }
  | { readonly kind: 'last-12-months' }
  | { readonly kind: 'year-to-date' }
  | { readonly kind: 'year'; readonly year: string };

export interface MonthPreset {
  readonly name: PresetName;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * "All time", "Last 12 months" and "Year to date" (relative to `today`, a `YYYY-MM` key), then
 * one preset per year that has incidents (`years`, see {@link incidentYears}), newest first: a
 * dataset spanning 0100..9999 with a few incidents gets a few buttons, not 9,900.
 */
export function monthPresets(today: string, years: readonly number[]): MonthPreset[] {
  const presets: MonthPreset[] = [
    { name: { kind: 'all-time' }, from: null, to: null },
    { name: { kind: 'last-12-months' }, from: addMonths(today, -11), to: today },
    { name: { kind: 'year-to-date' }, from: `${today.slice(0, 4)}-01`, to: today },
  ];
  for (const year of [...years].sort((a, b) => b - a)) {
    const key = String(year).padStart(4, '0');
    presets.push({ name: { kind: 'year', year: key }, from: `${key}-01`, to: `${key}-12` });
  }
  return presets;
}

/** The calendar years (UTC) in which at least one incident happened, newest first. */
export function incidentYears(incidents: readonly { readonly date: string }[]): number[] {
  const years = new Set<number>();
  for (const { date } of incidents) years.add(Number(date.slice(0, 4)));
  return [...years].sort((a, b) => b - a);
}
