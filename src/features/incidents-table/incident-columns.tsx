import type { ReactNode } from 'react';
import type { Incident } from '../../domain/incident';
import type { SortColumn } from '../../domain/view-state';
import type { Formatters } from '../../lib/format';
import type { Messages } from '../../lib/i18n/messages-en';
import { ChainList } from './chain-list';
import { formatTechnique, NO_VALUE } from './format-incident';
import { SourceLink } from './source-link';

export interface RowContext {
  readonly isSelected: boolean;
  readonly onSelect: (id: string) => void;
  readonly t: Messages;
  readonly f: Formatters;
}

type ColumnId =
  | 'date'
  | 'name'
  | 'amount'
  | 'category'
  | 'technique'
  | 'chains'
  | 'attribution'
  | 'returned'
  | 'sources';

export interface IncidentColumn {
  /** Also the key of its header in the messages (`t.table[id]`). */
  readonly id: ColumnId;
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
    width: '7rem',
    sortColumn: 'date',
    cell: (incident, { f }) => f.formatDay(incident.date),
  },
  {
    id: 'name',
    width: '10rem',
    sortColumn: 'name',
    isRowHeader: true,
    cell: (incident, row) => (
      <button
        type="button"
        className="incident-name"
        data-incident-id={incident.id}
        aria-current={row.isSelected ? 'true' : undefined}
        title={incident.name}
        onClick={() => row.onSelect(incident.id)}
      >
        {incident.name}
      </button>
    ),
  },
  {
    id: 'amount',
    width: '8rem',
    sortColumn: 'amount',
    className: 'is-number',
    cell: (incident, { f }) => f.formatUsd(incident.amountUsd),
  },
  {
    id: 'category',
    width: '8rem',
    cell: (incident, { t }) => t.labels.categories[incident.category],
  },
  { id: 'technique', width: '8.5rem', cell: formatTechnique },
  {
    id: 'chains',
    width: '6rem',
    cell: (incident) => (
      <span title={incident.chains.join(', ') || undefined}>
        <ChainList incident={incident} />
      </span>
    ),
  },
  {
    id: 'attribution',
    width: '7rem',
    // A long attribution is cut off: it shows in full on hover and on keyboard focus.
    className: 'shows-full',
    cell: (incident, { t }) => {
      const text = incident.attribution ?? t.labels.unattributed;
      return (
        <span className="cell-full" title={text} tabIndex={incident.attribution ? 0 : undefined}>
          {text}
        </span>
      );
    },
  },
  {
    id: 'returned',
    width: '7rem',
    className: 'is-number',
    cell: (incident, { f }) =>
      incident.returnedUsd === null ? NO_VALUE : f.formatUsd(incident.returnedUsd),
  },
  {
    id: 'sources',
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
