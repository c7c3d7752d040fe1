import type { Incident } from '../../domain/incident';
import type { SortColumn, SortDirection, TableSort } from '../../domain/view-state';

/** Built once: constructing a collator is costly, comparing with one is cheap. */
const nameCollator = new Intl.Collator('en-US');

type Compare = (a: Incident, b: Incident) => number;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ascending: Record<SortColumn, Compare> = {
  // ISO days (`YYYY-MM-DD`) order correctly as plain strings.
  date: (a, b) => compareStrings(a.date, b.date),
  name: (a, b) => nameCollator.compare(a.name, b.name),
  amount: (a, b) => a.amountUsd - b.amountUsd,
};

/** Equal keys fall back to newest first, then id, so the order never depends on the input order. */
function breakTie(a: Incident, b: Incident): number {
  return compareStrings(b.date, a.date) || compareStrings(a.id, b.id);
}

/** A sorted copy of `incidents`; the input is left as it is. */
export function sortIncidents(incidents: readonly Incident[], sort: TableSort): Incident[] {
  const compare = ascending[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return incidents.slice().sort((a, b) => sign * compare(a, b) || breakTie(a, b));
}

/** The first direction of a column: the largest and newest first, names from A. */
const FIRST_DIRECTION: Record<SortColumn, SortDirection> = {
  date: 'desc',
  name: 'asc',
  amount: 'desc',
};

/** The sort after a click on `column`'s header: the active column flips, another one starts. */
export function nextSort(current: TableSort, column: SortColumn): TableSort {
  if (current.column === column) {
    return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { column, direction: FIRST_DIRECTION[column] };
}

export type AriaSort = 'ascending' | 'descending' | 'none';

export function ariaSortFor(sort: TableSort, column: SortColumn): AriaSort {
  if (sort.column !== column) return 'none';
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}
