import { describe, expect, it } from 'vitest';
import type { SortColumn, TableSort } from '../../../src/domain/view-state';
import { nextSort, sortIncidents } from '../../../src/features/incidents-table/sort-incidents';
import { makeIncident } from '../../../mocks/fixtures/make-incident';

describe('nextSort', () => {
  it.each<[TableSort, SortColumn, TableSort]>([
    [{ column: 'date', direction: 'desc' }, 'date', { column: 'date', direction: 'asc' }],
    [{ column: 'date', direction: 'asc' }, 'date', { column: 'date', direction: 'desc' }],
    [{ column: 'date', direction: 'desc' }, 'amount', { column: 'amount', direction: 'desc' }],
    [{ column: 'amount', direction: 'asc' }, 'name', { column: 'name', direction: 'asc' }],
    [{ column: 'name', direction: 'asc' }, 'date', { column: 'date', direction: 'desc' }],
    [{ column: 'name', direction: 'asc' }, 'name', { column: 'name', direction: 'desc' }],
  ])('from %o, a click on %s gives %o', (current, column, expected) => {
    expect(nextSort(current, column)).toEqual(expected);
  });
});

describe('sortIncidents', () => {
  const incidents = [
    makeIncident({ id: 'b', date: '2024-05-01', amountUsd: 10 }),
    makeIncident({ id: 'a', date: '2024-05-01', amountUsd: 10 }),
    makeIncident({ id: 'c', date: '2025-01-01', amountUsd: 10 }),
    makeIncident({ id: 'd', date: '2023-01-01', amountUsd: 99 }),
  ];
  const ids = (sort: TableSort) => sortIncidents(incidents, sort).map((incident) => incident.id);

  it.each<[TableSort, string[]]>([
    [{ column: 'date', direction: 'desc' }, ['c', 'a', 'b', 'd']],
    [{ column: 'date', direction: 'asc' }, ['d', 'a', 'b', 'c']],
    [{ column: 'amount', direction: 'desc' }, ['d', 'c', 'a', 'b']],
    [{ column: 'amount', direction: 'asc' }, ['c', 'a', 'b', 'd']],
  ])('orders by %o with ties newest first, then by id', (sort, expected) => {
    expect(ids(sort)).toEqual(expected);
  });

  it('gives the same order whatever order the input is in', () => {
    const sort: TableSort = { column: 'amount', direction: 'desc' };
    const reversed = sortIncidents([...incidents].reverse(), sort).map((incident) => incident.id);
    expect(reversed).toEqual(ids(sort));
  });

  it('leaves its input as it was', () => {
    const before = incidents.map((incident) => incident.id);
    sortIncidents(incidents, { column: 'amount', direction: 'asc' });
    expect(incidents.map((incident) => incident.id)).toEqual(before);
  });

  it('returns an empty list for no incidents', () => {
    expect(sortIncidents([], { column: 'name', direction: 'asc' })).toEqual([]);
  });
});
