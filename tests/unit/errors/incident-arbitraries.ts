import fc from 'fast-check';
import { HOSTILE } from '../../../mocks/fixtures/hostile-incidents';
import { MAX_AMOUNT_USD } from '../../../src/data/incident-schema';
import { CATEGORIES } from '../../../src/domain/incident';

/** Text a data row might smuggle in: markup, formulas, control characters, any Unicode. */
export const hostileText = fc.oneof(
  fc.constantFrom(...Object.values(HOSTILE), '', '   ', '=1+1', '\u202egnp.exe', '\0', 'DPRK'),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

/** Amounts the schema accepts: from the smallest positive double up to the cap. */
export const validAmount = fc.oneof(
  fc.double({ min: Number.MIN_VALUE, max: MAX_AMOUNT_USD, noNaN: true }),
  fc.constantFrom(Number.MIN_VALUE, 0.01, 1, 1_460_000_000, MAX_AMOUNT_USD),
);

/** Amounts it must refuse. */
export const invalidAmount = fc.oneof(
  fc.constantFrom(0, -0, -1, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, 1e308),
  fc.double({ min: MAX_AMOUNT_USD * 1.000001, noNaN: true }),
  fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
  fc.constantFrom('1000', 'NaN', null, [], {}),
);

const pad = (n: number) => String(n).padStart(2, '0');
const validDay = fc
  .tuple(
    fc.integer({ min: 2011, max: 2026 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([year, month, day]) => `${year}-${pad(month)}-${pad(day)}`);
const invalidDay = fc.constantFrom(
  '2025-02-30',
  '2025-13-01',
  '2025-1-1',
  '',
  'yesterday',
  20250101,
);

export const validRow = fc
  .record({
    id: fc.oneof(fc.constantFrom('a', 'b', 'c'), hostileText, fc.uuid(), fc.uuid()),
    date: validDay,
    name: hostileText,
    amountUsd: validAmount,
    category: fc.constantFrom(...CATEGORIES),
    technique: fc.option(hostileText, { nil: null }),
    chains: fc.array(hostileText, { maxLength: 3 }),
    attribution: fc.option(fc.oneof(hostileText, fc.constantFrom('DPRK (Lazarus Group)')), {
      nil: null,
    }),
    returnedUsd: fc.option(fc.oneof(fc.constant(0), validAmount), { nil: null }),
    sourceUrls: fc.array(fc.webUrl(), { minLength: 1, maxLength: 2 }),
  })
  // More returned than stolen is a bad row: keep the returned amount within the amount.
  .map((row) =>
    row.returnedUsd !== null && row.returnedUsd > row.amountUsd
      ? { ...row, returnedUsd: row.amountUsd }
      : row,
  );

/** A mostly valid row with one field broken (or missing). */
const brokenRow = fc
  .tuple(
    validRow,
    fc.constantFrom('date', 'amountUsd', 'category', 'chains', 'sourceUrls', 'name', 'id'),
    fc.oneof(
      invalidAmount,
      invalidDay,
      fc.constantFrom(HOSTILE.javascriptUrl, [HOSTILE.dataUrl], 'casino', undefined),
    ),
  )
  .map(([row, field, value]): Record<string, unknown> => ({ ...row, [field]: value }));

/** Raw rows as an endpoint might send them: valid, broken, or not rows at all. */
export const rawRows = fc.array(
  fc.oneof(
    { arbitrary: validRow, weight: 6 },
    { arbitrary: brokenRow, weight: 3 },
    { arbitrary: fc.anything({ maxDepth: 1 }), weight: 1 },
  ),
  { maxLength: 60 },
);
