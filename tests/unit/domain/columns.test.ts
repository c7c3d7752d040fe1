import { describe, expect, it } from 'vitest';
import { incidentColumns as indexIncidents } from '../../../src/domain/engine/columns';
import { monthIndex } from '../../../src/domain/months';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const incidents = makeIncidents([
  ['a', '2025-02-21', 100, { attribution: 'DPRK', chains: ['Ethereum', 'BSC', 'Ethereum'] }],
  ['b', '2022-03-23', 200, { technique: 'phishing', chains: ['BSC'], returnedUsd: 50 }],
  ['c', '2025-02-28', 300, { technique: '  ', attribution: 'suspected: DPRK' }],
]);

describe('incidentColumns', () => {
  const index = indexIncidents(incidents);

  it('numbers the distinct values of each field in the order they first appear', () => {
    expect(index.attributions).toEqual(['DPRK', null, 'suspected: DPRK']);
    expect([...index.attribution]).toEqual([0, 1, 2]);
    expect(index.techniqueTexts).toEqual([null, 'phishing', '  ']);
    expect(index.techniques).toEqual(['not-stated', 'social-engineering']);
    expect(index.categories).toEqual(['defi-protocol']);
    expect(index.chains).toEqual(['Ethereum', 'BSC']);
  });

  it('keeps each chain of an incident once', () => {
    const chainsOf = (row: number) =>
      [...index.chainIds.subarray(index.chainStart[row], index.chainStart[row + 1])].map(
        (id) => index.chains[id],
      );
    expect([0, 1, 2].map(chainsOf)).toEqual([['Ethereum', 'BSC'], ['BSC'], []]);
  });

  it('holds months, amounts, funds returned (0 when none) and the DPRK flag', () => {
    expect([...index.month]).toEqual(incidents.map((i) => monthIndex(i.date)));
    expect([index.firstMonth, index.lastMonth]).toEqual([
      monthIndex('2022-03'),
      monthIndex('2025-02'),
    ]);
    expect([...index.amount]).toEqual([100, 200, 300]);
    expect([...index.returned]).toEqual([0, 50, 0]);
    expect([...index.attributionIsDprk]).toEqual([1, 0, 0]);
  });

  it('groups blank and missing techniques under the technique class "not-stated"', () => {
    const keys = [...index.technique].map((id) => index.techniques[id]);
    expect(keys).toEqual(['not-stated', 'social-engineering', 'not-stated']);
  });

  it('is built once per dataset and again for another array', () => {
    expect(indexIncidents(incidents)).toBe(index);
    expect(indexIncidents([...incidents])).not.toBe(index);
  });

  it('indexes an empty dataset', () => {
    const empty = indexIncidents([]);
    expect(empty.month).toHaveLength(0);
    expect(empty.lastMonth - empty.firstMonth + 1).toBe(0);
  });
});
