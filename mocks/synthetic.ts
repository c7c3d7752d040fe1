import { type Category, type DatasetMeta, type Incident } from '../src/domain/incident';
import { classifyTechnique } from '../src/domain/technique-class';

/**
 * Deterministic synthetic incidents for benchmarks and tests: the same `count` and `seed` always
 * give the same rows. They follow the shape of the real dataset: more thefts in recent years,
 * amounts spread over seven orders of magnitude with a heavy tail, a few chains and DPRK
 * attributions repeated across many rows, and hundreds of distinct techniques.
 */

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
type Weighted<T> = readonly (readonly [T, number])[];

function pickWeighted<T>(random: Random, table: Weighted<T>, totalWeight: number): T {
  let roll = random() * totalWeight;
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = table[table.length - 1];
  if (last === undefined) throw new Error('empty table');
  return last[0];
}

function weighted<T>(table: Weighted<T>): (random: Random) => T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => pickWeighted(random, table, total);
}

/** Zipf-like: the first values are picked far more often than the last. */
function zipf<T>(values: readonly T[]): (random: Random) => T {
  return weighted(values.map((value, at) => [value, 1 / (at + 1)] as const));
}

const FIRST_YEAR = 2011;
const LAST_YEAR = 2026;
// Incidents per year in the real dataset, roughly; early years get a floor so every year appears.
const YEAR_WEIGHTS = [3, 4, 4, 5, 5, 6, 8, 18, 14, 22, 76, 115, 190, 195, 209, 99];
const pickYear = weighted(YEAR_WEIGHTS.map((weight, at) => [FIRST_YEAR + at, weight] as const));

const pickCategory = weighted<Category>([
  ['defi-protocol', 632],
  ['other', 199],
  ['centralized-exchange', 77],
  ['bridge', 29],
  ['gaming', 13],
  ['wallet', 6],
]);

const CHAINS = ['BSC', 'Ethereum', 'Arbitrum', 'Base', 'Polygon', 'Bitcoin', 'Avalanche'];
const MORE_CHAINS = ['Optimism', 'Fantom', 'Solana', 'XRP', 'Litecoin', 'Gnosis', 'Linea', 'Tron'];
const pickChain = zipf([...CHAINS, ...MORE_CHAINS, 'Ronin', 'Harmony', 'Terra', 'EOS', 'NEM']);

const pickAttribution = weighted<string | null>([
  [null, 683],
  ['DPRK (Sapphire Sleet/CryptoCore)', 134],
  ['DPRK', 92],
  ['DPRK (TraderTraitor)', 34],
  ['DPRK (Lazarus Group)', 6],
  ['suspected: DPRK (Lazarus Group)', 3],
  ['Predatory Sparrow (Israel-linked; claimed)', 1],
  ['unattributed', 2],
]);

const BASE_TECHNIQUES = [
  'Business Logic Flaw',
  'Price Manipulation',
  'Access Control',
  'Reentrancy',
  'Arbitrary External Call',
  'Private key compromise',
  'Phishing',
  'Flashloan price manipulation',
  'Incorrect input validation',
  'Hot wallet hack',
  'Precision loss',
  'Signature replay',
];
const TECHNIQUE_VARIANTS = ['', ' in vault', ' in router', ' via proxy', ' (unverified)', ' bug'];
const TECHNIQUES = [
  ...BASE_TECHNIQUES.flatMap((base) => TECHNIQUE_VARIANTS.map((variant) => base + variant)),
  ...Array.from({ length: 300 }, (_, at) => `Rare technique ${at + 1}`),
];
const pickTechnique = zipf(TECHNIQUES);

const SYLLABLES = ['ze', 'phy', 'ra', 'lo', 'nex', 'ti', 'va', 'quo', 'mi', 'dra', 'so', 'lar'];
const SUFFIXES = ['Finance', 'Swap', 'Bridge', 'Exchange', 'DAO', 'Protocol', 'Vault', 'Labs'];

function pickName(random: Random): string {
  const length = 2 + Math.floor(random() * 2);
  let word = '';
  for (let at = 0; at < length; at += 1) {
    word += SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? '';
  }
  const suffix = SUFFIXES[Math.floor(random() * SUFFIXES.length)] ?? '';
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${suffix}`;
}

/** Log-normal around $330k (10% under $8k, 10% over $30M), clamped to $100 .. $1.5B. */
function pickAmount(random: Random): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const amount = 10 ** (5.5 + 1.5 * normal);
  return Math.round(Math.min(1.5e9, Math.max(100, amount)));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pickChains(random: Random): string[] {
  const roll = random();
  if (roll < 0.3) return [];
  if (roll < 0.98) return [pickChain(random)];
  return [pickChain(random), pickChain(random), pickChain(random)];
}

/** Days as `monthIndex * 32 + day`, ascending: the real dataset is ordered by date. */
function pickDays(random: Random, count: number): Int32Array {
  const days = new Int32Array(count);
  for (let at = 0; at < count; at += 1) {
    const year = pickYear(random);
    // The real data runs from June 2011 to August 2026.
    const first = year === FIRST_YEAR ? 5 : 0;
    const last = year === LAST_YEAR ? 7 : 11;
    const month = first + Math.floor(random() * (last - first + 1));
    const day = 1 + Math.floor(random() * (DAYS_IN_MONTH[month] ?? 28));
    days[at] = (year * 12 + month) * 32 + day;
  }
  return days.sort();
}

function dateOf(packed: number): string {
  const month = packed >> 5;
  const year = Math.floor(month / 12);
  return `${year}-${pad(month - year * 12 + 1, 2)}-${pad(packed & 31, 2)}`;
}

/** `count` valid incidents, ordered by date, with ids `syn-0000001` onwards. */
export function syntheticIncidents(count: number, seed = 1): Incident[] {
  const random = seededRandom(seed);
  const days = pickDays(random, count);
  const incidents: Incident[] = [];
  for (let at = 0; at < count; at += 1) {
    const id = `syn-${pad(at + 1, 7)}`;
    const amountUsd = pickAmount(random);
    const technique = random() < 0.27 ? null : pickTechnique(random);
    incidents.push({
      id,
      date: dateOf(days[at] ?? 0),
      name: pickName(random),
      amountUsd,
      category: pickCategory(random),
      technique,
      techniqueClass: classifyTechnique(technique),
      chains: pickChains(random),
      attribution: pickAttribution(random),
      returnedUsd: random() < 0.013 ? Math.round(amountUsd * random()) : null,
      sourceUrls: [`https://example.org/incidents/${id}`],
    });
  }
  return incidents;
}

/** A whole endpoint response (see docs/api.md) around {@link syntheticIncidents}. */
export function syntheticResponse(
  count: number,
  seed = 1,
): { incidents: Incident[]; meta: DatasetMeta } {
  const incidents = syntheticIncidents(count, seed);
  return {
    incidents,
    meta: {
      count,
      firstDate: incidents[0]?.date ?? null,
      lastDate: incidents[incidents.length - 1]?.date ?? null,
      generatedAt: '2026-11-29T00:00:00Z',
      version: '2026-12-01',
      sources: [{ name: `Synthetic (seed ${seed})`, url: null, incidentCount: count }],
      publishedEstimates: [],
    },
  };
}
