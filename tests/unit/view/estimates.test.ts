import { describe, expect, it } from 'vitest';
import dataset from '../../../mocks/data/incidents.json';
import { publishedEstimateSchema } from '../../../src/data/incident-schema';
import { estimateScope, matchEstimates } from '../../../src/domain/estimates';
import { EMPTY_FILTERS } from '../../../src/domain/filter';

const estimates = dataset.meta.publishedEstimates.map((row) => publishedEstimateSchema.parse(row));

describe('published figures beside the view', () => {
  it('shows MSMT and Elliptic for DPRK, January to September 2025', () => {
    const found = matchEstimates(estimates, {
      ...EMPTY_FILTERS,
      from: '2025-01',
      to: '2025-09',
      attribution: 'DPRK',
    });
    expect(found.map((e) => [e.publisher.split(' ')[0], e.amountUsd])).toEqual(
      expect.arrayContaining([
        ['MSMT', 1_650_000_000],
        ['Elliptic', 2_000_000_000],
      ]),
    );
    expect(found.every((e) => e.metric.startsWith('DPRK stolen'))).toBe(true);
  });

  it('shows overall figures for a calendar year with no attribution filter', () => {
    const found = matchEstimates(estimates, { ...EMPTY_FILTERS, from: '2024-01', to: '2024-12' });
    expect(found.length).toBeGreaterThan(2);
    expect(found.every((e) => e.metric.toLowerCase().startsWith('total'))).toBe(true);
  });

  it.each([
    ['no month range', { ...EMPTY_FILTERS, attribution: 'DPRK' }],
    [
      'a category on top',
      { ...EMPTY_FILTERS, from: '2024-01', to: '2024-12', categories: ['bridge' as const] },
    ],
    [
      'another attribution',
      { ...EMPTY_FILTERS, from: '2024-01', to: '2024-12', attribution: 'unattributed' },
    ],
    ['a month range no one published', { ...EMPTY_FILTERS, from: '2024-02', to: '2024-05' }],
    [
      'an incident excluded (the published figures count it)',
      { ...EMPTY_FILTERS, from: '2024-01', to: '2024-12', exclude: ['any-2024-incident'] },
    ],
  ])('shows none for %s', (_title, filters) => {
    expect(matchEstimates(estimates, filters)).toEqual([]);
  });
});

describe('estimateScope: the view an estimate names', () => {
  const estimate = {
    publisher: 'MSMT',
    metric: 'DPRK stolen',
    periodStart: '2025-01-01',
    periodEnd: '2025-09-30',
    amountUsd: 1_650_000_000,
    scopeNote: '',
    published: '2025-10-22',
    quote: '',
    sourceUrl: 'https://example.org',
  };

  it.each([
    [estimate, { from: '2025-01', to: '2025-09', attribution: 'DPRK' }],
    [
      { ...estimate, metric: 'total stolen (hacks)' },
      { from: '2025-01', to: '2025-09', attribution: null },
    ],
  ])('opens the months and the attribution of %j', (given, expected) => {
    expect(estimateScope(given)).toEqual({ ...EMPTY_FILTERS, ...expected });
  });

  it('names no view when the period has no start', () => {
    expect(estimateScope({ ...estimate, periodStart: null })).toBeNull();
  });
});
