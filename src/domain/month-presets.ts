import { addMonths } from './months';

export interface MonthPreset {
  readonly label: string;
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
    { label: 'All time', from: null, to: null },
    { label: 'Last 12 months', from: addMonths(today, -11), to: today },
    { label: 'Year to date', from: `${today.slice(0, 4)}-01`, to: today },
  ];
  for (const year of [...years].sort((a, b) => b - a)) {
    const key = String(year).padStart(4, '0');
    presets.push({ label: key, from: `${key}-01`, to: `${key}-12` });
  }
  return presets;
}

/** The calendar years (UTC) in which at least one incident happened, newest first. */
export function incidentYears(incidents: readonly { readonly date: string }[]): number[] {
  const years = new Set<number>();
  for (const { date } of incidents) years.add(Number(date.slice(0, 4)));
  return [...years].sort((a, b) => b - a);
}
