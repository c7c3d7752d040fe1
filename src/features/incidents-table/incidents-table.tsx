import { type JSX, memo, type ReactNode, useId, useMemo, useRef } from 'react';
import type { Incident } from '../../domain/incident';
import type { TableSort } from '../../domain/view-state';
import { useI18n } from '../../lib/i18n/i18n';
import { IncidentDetail } from './incident-detail';
import { IncidentsGrid } from './incidents-grid';
import { sortIncidents } from './sort-incidents';
import { useReturnFocus } from './use-return-focus';
import './incidents-table.css';

export interface IncidentsTableProps {
  /** Already filtered by the page, in dataset order. */
  readonly incidents: readonly Incident[];
  /** Size of the whole dataset, for "N of M incidents". */
  readonly totalCount: number;
  readonly sort: TableSort;
  readonly onSortChange: (sort: TableSort) => void;
  /** The incident whose detail panel is open. */
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  /** Download controls for the rows as the table shows them (filtered, sorted), read on demand. */
  readonly renderDownloads?: (rows: () => readonly Incident[]) => ReactNode;
  /** "Exclude from the figures" in the detail panel; none without it. */
  readonly onExclude?: (id: string) => void;
  readonly isExcludeFull?: boolean;
}

/** The filtered incidents as a sortable, virtualized table with a detail panel for one of them. */
export const IncidentsTable = memo(function IncidentsTable(
  props: IncidentsTableProps,
): JSX.Element {
  const { incidents, totalCount, sort, onSortChange, selectedId, onSelect, renderDownloads } =
    props;
  const { onExclude, isExcludeFull } = props;
  const { t, f } = useI18n();
  const headingId = useId();
  const tableRef = useRef<HTMLDivElement>(null);
  const selected = useMemo(
    () => (selectedId === null ? undefined : incidents.find((item) => item.id === selectedId)),
    [incidents, selectedId],
  );
  useReturnFocus(selected ? selected.id : null, tableRef);

  return (
    <section className="panel incidents" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.table.title}</h2>
      <div className="incidents-toolbar">
        <p className="incidents-count">
          {t.table.count({ n: f.formatCount(incidents.length), total: f.formatCount(totalCount) })}
        </p>
        {renderDownloads?.(() => sortIncidents(incidents, sort))}
      </div>
      <div ref={tableRef}>
        <IncidentsGrid
          incidents={incidents}
          sort={sort}
          onSortChange={onSortChange}
          selectedId={selected ? selected.id : null}
          onSelect={onSelect}
          labelledBy={headingId}
        />
      </div>
      {selected && (
        <IncidentDetail
          incident={selected}
          onClose={() => onSelect(null)}
          onExclude={onExclude}
          isExcludeFull={isExcludeFull}
        />
      )}
    </section>
  );
});
