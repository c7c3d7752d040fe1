import { useMemo } from 'react';
import type { Incident } from '../../domain/incident';
import type { TableSort } from '../../domain/view-state';
import { INCIDENT_COLUMNS, type IncidentColumn } from './incident-columns';
import { SortHeader } from './sort-header';
import { sortIncidents } from './sort-incidents';
import { ROW_HEIGHT_PX, useVirtualRows } from './use-virtual-rows';
import { useI18n } from '../../lib/i18n/i18n';

interface IncidentsGridProps {
  /** In any order: the grid sorts them by `sort`. */
  readonly incidents: readonly Incident[];
  readonly sort: TableSort;
  readonly onSortChange: (sort: TableSort) => void;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly labelledBy: string;
}

const COLUMN_COUNT = INCIDENT_COLUMNS.length;

/**
 * A real `<table>` that renders only the rows in view. Spacer rows above and below stand in for
 * the rest, so the rows stay in normal table flow and line up with the header.
 */
export function IncidentsGrid(props: IncidentsGridProps) {
  const { incidents, sort, onSortChange, selectedId, onSelect, labelledBy } = props;
  const { t, f } = useI18n();
  const { column: sortColumn, direction } = sort;
  // Sorted here, once per list and sort, keyed on the sort's fields rather than its object (a sort
  // parsed afresh from the URL must not re-sort 100,000 rows). Sorting here rather than in the
  // parent also keeps the sorted copy out of props: React's development build diffs changed props
  // for its performance track, which takes seconds on an array of 100,000 rows.
  const rows = useMemo(
    () => sortIncidents(incidents, { column: sortColumn, direction }),
    [incidents, sortColumn, direction],
  );
  const { scrollRef, items, paddingTop, paddingBottom } = useVirtualRows(rows.length);
  return (
    <div ref={scrollRef} className="incidents-scroll">
      <table
        className="incidents-table"
        aria-labelledby={labelledBy}
        aria-rowcount={Math.max(rows.length, 1) + 1}
      >
        <colgroup>
          {INCIDENT_COLUMNS.map((column) => (
            <col key={column.id} style={{ width: `var(--col-${column.id}, ${column.width})` }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {INCIDENT_COLUMNS.map((column) => (
              <HeaderCell key={column.id} column={column} sort={sort} onSortChange={onSortChange} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr aria-rowindex={2}>
              <td colSpan={COLUMN_COUNT} className="empty">
                {t.table.empty}
              </td>
            </tr>
          )}
          {paddingTop > 0 && <SpacerRow height={paddingTop} />}
          {items.map((item) => {
            const incident = rows[item.index];
            if (!incident) return null;
            const isSelected = incident.id === selectedId;
            return (
              <tr
                key={item.key}
                aria-rowindex={item.index + 2}
                className={isSelected ? 'is-selected' : undefined}
                style={{ height: ROW_HEIGHT_PX }}
              >
                {INCIDENT_COLUMNS.map((column) => {
                  const content = column.cell(incident, { isSelected, onSelect, t, f });
                  return column.isRowHeader ? (
                    <th key={column.id} scope="row" className={column.className}>
                      {content}
                    </th>
                  ) : (
                    // A cell cuts long text with an ellipsis: its title holds all of it.
                    <td
                      key={column.id}
                      className={column.className}
                      title={typeof content === 'string' ? content : undefined}
                    >
                      {content}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {paddingBottom > 0 && <SpacerRow height={paddingBottom} />}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell({
  column,
  sort,
  onSortChange,
}: {
  readonly column: IncidentColumn;
  readonly sort: TableSort;
  readonly onSortChange: (sort: TableSort) => void;
}) {
  const { t } = useI18n();
  const header = t.table[column.id];
  if (column.sortColumn === undefined) {
    return (
      <th scope="col" className={column.className}>
        {header}
      </th>
    );
  }
  return (
    <SortHeader
      label={header}
      column={column.sortColumn}
      sort={sort}
      onSortChange={onSortChange}
      className={column.className}
    />
  );
}

function SpacerRow({ height }: { readonly height: number }) {
  return (
    <tr aria-hidden="true" className="incidents-spacer">
      <td colSpan={COLUMN_COUNT} style={{ height }} />
    </tr>
  );
}
