import { useId, type ReactNode } from 'react';
import './charts.css';

export interface DataTableColumn<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** This column names the row (`<th scope="row">`), e.g. the period or the group. */
  readonly isRowHeader?: boolean;
}

interface ChartFrameProps<Row> {
  readonly title: string;
  readonly caption: ReactNode;
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly columns: readonly DataTableColumn<Row>[];
  readonly isEmpty: boolean;
  readonly emptyMessage?: string;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}

/** A chart as a named figure with a caption, an empty state and a data table to read instead. */
export function ChartFrame<Row>({
  title,
  caption,
  rows,
  rowKey,
  columns,
  isEmpty,
  emptyMessage = 'No incidents match these filters.',
  actions,
  children,
}: ChartFrameProps<Row>) {
  const titleId = useId();
  return (
    <figure className="panel chart" aria-labelledby={titleId}>
      <div className="panel-head">
        <h2 id={titleId}>{title}</h2>
        {actions}
      </div>
      {isEmpty ? <p className="empty">{emptyMessage}</p> : children}
      <figcaption>{caption}</figcaption>
      {!isEmpty && (
        <details className="data-table">
          <summary>Data table: {title}</summary>
          <div className="table-scroll">
            <table aria-label={`${title} data`}>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column.header} scope="col">
                      {column.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={rowKey(row)}>
                    {columns.map((column) =>
                      column.isRowHeader ? (
                        <th key={column.header} scope="row">
                          {column.cell(row)}
                        </th>
                      ) : (
                        <td key={column.header}>{column.cell(row)}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
