import type { ReactNode } from 'react';
import type { Incident } from '../../domain/incident';
import type { SortColumn } from '../../domain/view-state';
import { formatDay, formatUsd } from '../../lib/format';
import {
  formatAttribution,
  formatCategory,
  formatChains,
  formatReturned,
  formatTechnique,
} from './format-incident';
import { SourceLink } from './source-link';

export interface RowContext {
  readonly isSelected: boolean;
  readonly onSelect: (id: string) => void;
}

export interface IncidentColumn {
  readonly id: string;
  readonly header: string;
  /** Fixed width (the table uses `table-layout: fixed`, so columns keep their width while rows
   * scroll in and out of the virtual window). */
  readonly width: string;
  readonly sortColumn?: SortColumn;
  readonly className?: string;
  /** The cell that names the row, rendered as `<th scope="row">`. */
  readonly isRowHeader?: boolean;
  readonly cell: (incident: Incident, row: RowContext) => ReactNode;
}

// @tanstack/react-table is not used here: sorting is controlled by the `sort` prop and done by
// `sortIncidents`, and there is no filtering, paging, grouping or column state for it to own. It
// would only map column definitions to cells, which this array does in a few lines, and its hook
// is one the React Compiler lint flags as incompatible (it returns functions that are not pure).
export const INCIDENT_COLUMNS: readonly IncidentColumn[] = [
  {
    id: 'date',
    header: 'Date',
    width: '7rem',
    sortColumn: 'date',
    cell: (incident) => formatDay(incident.date),
  },
  {
    id: 'name',
    header: 'Name',
    width: '10rem',
    sortColumn: 'name',
    isRowHeader: true,
    cell: (incident, row) => (
      <button
        type="button"
        className="incident-name"
        data-incident-id={incident.id}
        aria-current={row.isSelected ? 'true' : undefined}
        onClick={() => row.onSelect(incident.id)}
      >
        {incident.name}
      </button>
    ),
  },
  {
    id: 'amount',
    header: 'Amount (USD)',
    width: '8rem',
    sortColumn: 'amount',
    className: 'is-number',
    cell: (incident) => formatUsd(incident.amountUsd),
  },
  {
    id: 'category',
    header: 'Category',
    width: '8rem',
    cell: (incident) => formatCategory(incident.category),
  },
  { id: 'technique', header: 'Technique', width: '8.5rem', cell: formatTechnique },
  { id: 'chains', header: 'Chains', width: '6rem', cell: formatChains },
  { id: 'attribution', header: 'Attribution', width: '7rem', cell: formatAttribution },
  {
    id: 'returned',
    header: 'Returned',
    width: '7rem',
    className: 'is-number',
    cell: formatReturned,
  },
  {
    id: 'sources',
    header: 'Sources',
    width: '11.5rem',
    cell: (incident) => (
      <span className="incident-sources">
        {incident.sourceUrls.map((url, index) => (
          <SourceLink key={`${index}-${url}`} url={url} label="hostname" />
        ))}
      </span>
    ),
  },
];
