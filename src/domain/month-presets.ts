import { addMonths } from './months';

export interface MonthPreset {
  readonly label: string;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * "All time", "Last 12 months" and "Year to date" (relative to `today`, a `YYYY-MM` key), then
 * one preset per calendar year of the data, newest first.
 */
export function monthPresets(
  today: string,
  firstYear: number | null,
  lastYear: number | null,
): MonthPreset[] {
  const presets: MonthPreset[] = [
    { label: 'All time', from: null, to: null },
    { label: 'Last 12 months', from: addMonths(today, -11), to: today },
    { label: 'Year to date', from: `${today.slice(0, 4)}-01`, to: today },
  ];
  if (firstYear === null || lastYear === null) return presets;
  for (let year = lastYear; year >= firstYear; year -= 1) {
    presets.push({ label: String(year), from: `${year}-01`, to: `${year}-12` });
  }
  return presets;
}
