import fc from 'fast-check';
import { CATEGORIES, type Incident } from '../../../src/domain/incident';
import type { IncidentFilters } from '../../../src/domain/filter';
import { classifyTechnique } from '../../../src/domain/technique-class';

export const ATTRIBUTIONS = [
  null,
  '',
  '  ',
  'DPRK',
  'DPRK (Lazarus Group)',
  'DPRK (TraderTraitor)',
  'suspected: DPRK (Lazarus Group)',
  'Unknown actor',
  'unattributed',
] as const;
export const KNOWN_TECHNIQUES = ['private key compromise', 'Phishing', 'oracle manipulation'];
export const TECHNIQUES = [null, ...KNOWN_TECHNIQUES];
export const CHAINS = ['ethereum', 'bsc', 'solana', 'bitcoin', 'tron'];
export const NAMES = ['Bybit hack', 'Ronin Bridge', 'Wallet drain', 'DEX exploit', 'Phish kit'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Ids as `incidentsArb` gives them, some beyond a short list (an id no incident has). */
const idArb = fc.integer({ min: 0, max: 70 }).map((n) => `i${pad(n, 3)}`);

export const monthArb = fc
  .tuple(fc.integer({ min: 2018, max: 2025 }), fc.integer({ min: 1, max: 12 }))
  .map(([year, month]) => `${year}-${pad(month, 2)}`);

const dateArb = fc
  .tuple(monthArb, fc.integer({ min: 1, max: 28 }))
  .map(([month, day]) => `${month}-${pad(day, 2)}`);

/** Whole dollars up to 1e11, so sums stay exact in any order (well below 2^53). */
export const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }).map((n) => n * 1_000_000),
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.constantFrom(0, 1e11),
);

const incidentFields = fc.record({
  date: dateArb,
  name: fc.constantFrom(...NAMES),
  amountUsd: amountArb,
  category: fc.constantFrom(...CATEGORIES),
  technique: fc.constantFrom(...TECHNIQUES),
  chains: fc.array(fc.constantFrom(...CHAINS), { maxLength: 3 }),
  attribution: fc.constantFrom(...ATTRIBUTIONS),
  returnedUsd: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }),
});

/** Lists of valid incidents with unique ids. */
export const incidentsArb = (maxLength = 60, minLength = 0): fc.Arbitrary<Incident[]> =>
  fc.array(incidentFields, { minLength, maxLength }).map((rows) =>
    rows.map((row, at) => ({
      ...row,
      id: `i${pad(at, 3)}`,
      techniqueClass: classifyTechnique(row.technique),
      sourceUrls: [],
    })),
  );

export const filtersArb: fc.Arbitrary<IncidentFilters> = fc.record({
  from: fc.option(monthArb, { nil: null }),
  to: fc.option(monthArb, { nil: null }),
  attribution: fc.option(
    fc.constantFrom('DPRK', 'unattributed', 'DPRK (Lazarus Group)', 'Unknown actor'),
    { nil: null },
  ),
  categories: fc.subarray([...CATEGORIES]),
  chains: fc.subarray(CHAINS),
  technique: fc.option(fc.constantFrom(...KNOWN_TECHNIQUES), { nil: null }),
  search: fc.constantFrom('', 'hack', ' RONIN ', 'phish', 'key'),
  minAmount: fc.option(amountArb, { nil: null }),
  maxAmount: fc.option(amountArb, { nil: null }),
  exclude: fc.oneof(fc.constant([]), fc.uniqueArray(idArb, { maxLength: 5 })),
});

/** Filters that add constraints to `base`: each field is kept or tightened, never loosened. */
export function narrowerArb(base: IncidentFilters): fc.Arbitrary<IncidentFilters> {
  const tighter = <T>(value: T | null, arb: fc.Arbitrary<T>, pick: (a: T, b: T) => T) =>
    fc.option(arb, { nil: null }).map((next) => {
      if (next === null) return value;
      return value === null ? next : pick(value, next);
    });
  // An empty list means "all", so any subset narrows it; otherwise keep a non-empty subset.
  const subset = <T>(values: readonly T[], all: readonly T[]) =>
    values.length === 0 ? fc.subarray([...all]) : fc.subarray([...values], { minLength: 1 });
  const { attribution, technique, search } = base;
  return fc.record({
    from: tighter(base.from, monthArb, (a, b) => (a > b ? a : b)),
    to: tighter(base.to, monthArb, (a, b) => (a < b ? a : b)),
    // An exact DPRK attribution is inside the DPRK group.
    attribution: fc.constantFrom(
      attribution,
      attribution === null || attribution === 'DPRK' ? 'DPRK (Lazarus Group)' : attribution,
    ),
    categories: subset(base.categories, CATEGORIES),
    chains: subset(base.chains, CHAINS),
    technique: fc.constantFrom(technique, technique ?? 'Phishing'),
    search: fc.constantFrom(search, search.trim() === '' ? 'ex' : search),
    minAmount: tighter(base.minAmount, amountArb, Math.max),
    maxAmount: tighter(base.maxAmount, amountArb, Math.min),
    // Excluding more incidents narrows: the base's ids are kept, more may be added.
    exclude: fc
      .uniqueArray(idArb, { maxLength: 3 })
      .map((more) => [...new Set([...base.exclude, ...more])]),
  });
}

/** A random filter and a narrower one. */
export const filtersAndNarrowerArb = filtersArb.chain((base) =>
  narrowerArb(base).map((narrower) => [base, narrower] as const),
);
