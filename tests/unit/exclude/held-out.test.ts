// @vitest-environment node
// Held-out check: 2025, 2024 and 2025 excluding Bybit, worked out here from the published CSV
// with code of its own, against what the app computes from the shipped JSON.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import dataset from '../../../mocks/data/incidents.json';
import { parseIncidentsResponse } from '../../../src/data/parse-incidents';
import { summarizeView } from '../../../src/domain/engine/summarize-view';
import { EMPTY_FILTERS, type IncidentFilters } from '../../../src/domain/filter';

const csv = readFileSync(new URL('../../../public/data/incidents.csv', import.meta.url), 'utf8');
const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
  header: true,
  skipEmptyLines: true,
}).data;

/** Cents, so the sums compare exactly whatever the order of addition. */
const cents = (usd: number) => Math.round(usd * 100);

/** From the CSV: the count and total (in cents) of the rows of `year`, less the ids in `without`. */
function fromCsv(year: string, without: readonly string[] = []) {
  const kept = rows.filter(
    (row) => (row.date ?? '').slice(0, 4) === year && !without.includes(row.id ?? ''),
  );
  return {
    count: kept.length,
    cents: kept.reduce((sum, row) => sum + cents(Number(row.amount_usd)), 0),
  };
}

const { incidents } = parseIncidentsResponse(dataset);

function fromApp(filters: IncidentFilters) {
  const { totals } = summarizeView(incidents, filters).summary;
  return { count: totals.count, cents: cents(totals.totalUsd) };
}

const bybit = rows.find((row) => row.name?.trim() === 'Bybit' && row.date?.startsWith('2025'));
const bybitId = bybit?.id ?? 'Bybit is not in the CSV';

describe('held-out figures from the source CSV', () => {
  it('the CSV has every incident of the JSON, and Bybit in 2025', () => {
    expect(rows).toHaveLength(dataset.incidents.length);
    expect(incidents).toHaveLength(rows.length);
    expect(bybit).toBeDefined();
    expect(Number(bybit?.amount_usd)).toBeGreaterThan(0);
  });

  it.each(['2024', '2025'])('the %s total and count agree', (year) => {
    const expected = fromCsv(year);
    expect(expected.count).toBeGreaterThan(0);
    expect(fromApp({ ...EMPTY_FILTERS, from: `${year}-01`, to: `${year}-12` })).toEqual(expected);
  });

  it('2025 excluding Bybit agrees, and is 2025 less exactly Bybit’s amount', () => {
    const year = fromApp({ ...EMPTY_FILTERS, from: '2025-01', to: '2025-12' });
    const expected = fromCsv('2025', [bybitId]);
    const excluding = fromApp({
      ...EMPTY_FILTERS,
      from: '2025-01',
      to: '2025-12',
      exclude: [bybitId],
    });
    expect(excluding).toEqual(expected);
    expect(excluding.cents).toBe(year.cents - cents(Number(bybit?.amount_usd)));
    expect(excluding.count).toBe(year.count - 1);
  });
});
