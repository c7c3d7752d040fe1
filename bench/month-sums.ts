// Shared by the two floors: read the endpoint's rows and sum them by month, as plainly as possible.
import { DEFAULT_INCIDENTS_URL } from '../src/data/endpoint';

export interface MonthSum {
  readonly period: string;
  readonly dprkUsd: number;
  readonly otherUsd: number;
}

interface Row {
  readonly date: string;
  readonly amountUsd: number;
  readonly attribution: string | null;
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && 'date' in value && 'amountUsd' in value;
}

/** The incidents of a response body; anything that is not a row is left out. */
export function rowsOf(body: unknown): Row[] {
  if (typeof body !== 'object' || body === null || !('incidents' in body)) return [];
  const { incidents } = body;
  return Array.isArray(incidents) ? incidents.filter(isRow) : [];
}

/** DPRK and other amounts per UTC month, zero-filled from the first month to the last. */
export function sumByMonth(rows: readonly Row[]): MonthSum[] {
  const monthOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    const month = monthOf(row.date);
    first = Math.min(first, month);
    last = Math.max(last, month);
  }
  if (first > last) return [];
  const dprk = new Float64Array(last - first + 1);
  const other = new Float64Array(last - first + 1);
  for (const row of rows) {
    const at = monthOf(row.date) - first;
    if (row.attribution?.startsWith('DPRK')) dprk[at] = (dprk[at] ?? 0) + row.amountUsd;
    else other[at] = (other[at] ?? 0) + row.amountUsd;
  }
  return Array.from(dprk, (dprkUsd, at) => {
    const month = first + at;
    const year = Math.floor(month / 12);
    const period = `${year}-${String(month - year * 12 + 1).padStart(2, '0')}`;
    return { period, dprkUsd, otherUsd: other[at] ?? 0 };
  });
}

export async function loadMonthSums(): Promise<MonthSum[]> {
  const response = await fetch(DEFAULT_INCIDENTS_URL, { headers: { Accept: 'application/json' } });
  const body: unknown = await response.json();
  return sumByMonth(rowsOf(body));
}
