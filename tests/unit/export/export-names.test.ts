import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type IncidentFilters } from '../../../src/domain/filter';
import { exportFileName, MAX_BASE_NAME, slugify } from '../../../src/features/export/export-names';

const filters = (change: Partial<IncidentFilters>): IncidentFilters => ({
  ...EMPTY_FILTERS,
  ...change,
});

describe('exportFileName', () => {
  it.each<[string, string, Partial<IncidentFilters>, string, string]>([
    [
      'the DPRK view',
      'Thefts over time',
      { from: '2025-01', to: '2025-09', attribution: 'DPRK' },
      'png',
      'thefts-over-time_2025-01_2025-09_dprk.png',
    ],
    ['no filters', 'incidents', {}, 'csv', 'incidents_all-time.csv'],
    ['a start month only', 'incidents', { from: '2024-03' }, 'json', 'incidents_from-2024-03.json'],
    ['an end month only', 'incidents', { to: '2019-12' }, 'csv', 'incidents_until-2019-12.csv'],
    [
      'unattributed',
      'By category',
      { attribution: 'unattributed' },
      'svg',
      'by-category_all-time_unattributed.svg',
    ],
    [
      'a named attribution',
      'incidents',
      { attribution: 'DPRK (Lazarus Group)' },
      'csv',
      'incidents_all-time_attribution-dprk-lazarus-group.csv',
    ],
    [
      'categories',
      'incidents',
      { categories: ['bridge', 'wallet'] },
      'csv',
      'incidents_all-time_category-bridge-wallet.csv',
    ],
    [
      'chains',
      'incidents',
      { chains: ['Bitcoin (Omni)', 'BSC'] },
      'csv',
      'incidents_all-time_chain-bitcoin-omni-bsc.csv',
    ],
    [
      'a technique',
      'incidents',
      { technique: 'Private key compromise' },
      'csv',
      'incidents_all-time_technique-private-key-compromise.csv',
    ],
    [
      'a search with markup',
      'incidents',
      { search: ' <script>alert(1)</script> ' },
      'csv',
      'incidents_all-time_search-script-alert-1-script.csv',
    ],
    [
      'amount bounds',
      'incidents',
      { minAmount: 1_000_000, maxAmount: 5e8 },
      'csv',
      'incidents_all-time_min-1000000_max-500000000.csv',
    ],
    [
      'accents',
      'incidents',
      { search: 'Señor Café' },
      'csv',
      'incidents_all-time_search-senor-cafe.csv',
    ],
  ])('names %s', (_case, what, change, extension, expected) => {
    expect(exportFileName(what, filters(change), extension)).toBe(expected);
  });

  it('skips a filter whose value has no letters or digits to name it by', () => {
    expect(exportFileName('incidents', filters({ search: '日本語' }), 'csv')).toBe(
      'incidents_all-time.csv',
    );
  });

  it('uses only lower-case letters, digits, dashes, underscores and the dot', () => {
    const name = exportFileName(
      'Thefts / over "time"',
      filters({ search: '../../etc/passwd\u0000', chains: ['A:B', 'C\\D'], technique: '%00' }),
      'PNG',
    );
    expect(name).toMatch(/^[a-z0-9_-]+\.png$/);
  });

  it('caps the length of a name with many filters', () => {
    const name = exportFileName(
      'incidents',
      filters({ chains: Array.from({ length: 40 }, (_, n) => `chain number ${n}`), search: 'x' }),
      'csv',
    );
    expect(name.length).toBeLessThanOrEqual(MAX_BASE_NAME + '.csv'.length);
    expect(name).toMatch(/^incidents_all-time_chain-chain-number-0-.*[a-z0-9]\.csv$/);
  });
});

describe('slugify', () => {
  it.each([
    ['By category', 'by-category'],
    ['  --Hello,   World!-- ', 'hello-world'],
    ['Ünïcödé', 'unicode'],
    ['', ''],
  ])('turns %j into %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
