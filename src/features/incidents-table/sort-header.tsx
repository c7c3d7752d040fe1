import type { SortColumn, TableSort } from '../../domain/view-state';
import { ariaSortFor, nextSort } from './sort-incidents';

interface SortHeaderProps {
  readonly label: string;
  readonly column: SortColumn;
  readonly sort: TableSort;
  readonly onSortChange: (sort: TableSort) => void;
  readonly className?: string;
}

const ARROWS = { ascending: '▲', descending: '▼', none: '↕' } as const;

/** A column header whose button sorts by it; `aria-sort` tells assistive technology the state. */
export function SortHeader({ label, column, sort, onSortChange, className }: SortHeaderProps) {
  const state = ariaSortFor(sort, column);
  return (
    <th scope="col" aria-sort={state} className={className}>
      <button
        type="button"
        className="incidents-sort"
        onClick={() => onSortChange(nextSort(sort, column))}
      >
        {label}
        <span className="incidents-sort-arrow" aria-hidden="true">
          {ARROWS[state]}
        </span>
      </button>
    </th>
  );
}
