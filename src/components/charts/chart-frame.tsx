import { useId, useLayoutEffect, useState, type ReactNode } from 'react';
import { BidiText } from '../ui/bidi-text';
import { ChartWidthContext } from './chart-width';
import { useOffscreenChart } from './offscreen-chart';
import type { ChartExportSource, RenderChartExport } from './chart-export';
import { useI18n } from '../../lib/i18n/i18n';
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
  /** One sentence that says what the chart shows (its peak, its largest group). */
  readonly summary?: string;
  readonly actions?: ReactNode;
  /** What the chart offers for export; with `renderExport`, an export control is shown. */
  readonly exportSource?: ChartExportSource;
  readonly renderExport?: RenderChartExport;
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
  emptyMessage,
  summary,
  actions,
  exportSource,
  renderExport,
  children,
}: ChartFrameProps<Row>) {
  const { t } = useI18n();
  const titleId = useId();
  const summaryId = useId();
  // The chart's box, held in state (not a ref) because the export control reads it later.
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  // Its width too, read once it is laid out, so the chart is drawn at that width from the start.
  const [bodyWidth, setBodyWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    // Measuring the laid-out box, then drawing with it, is what a layout effect is for. Rounded
    // as Recharts rounds what it measures, so the two agree and it draws once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setBodyWidth(body ? Math.round(body.getBoundingClientRect().width) || null : null);
  }, [body]);
  // The data table is built when its <details> is opened, not on every change of the figures.
  const [isTableOpen, setTableOpen] = useState(false);
  const offscreen = useOffscreenChart(children);
  const exportControl =
    exportSource && renderExport
      ? renderExport({
          ...exportSource,
          title,
          isEmpty,
          findSvg: () => {
            const svg = body?.querySelector('.recharts-wrapper > svg');
            return svg instanceof SVGSVGElement ? svg : null;
          },
          measureWidth: () => body?.clientWidth ?? 0,
          drawAt: offscreen.drawAt,
        })
      : null;
  return (
    <figure
      className="panel chart"
      aria-labelledby={titleId}
      aria-describedby={summary && !isEmpty ? summaryId : undefined}
    >
      <div className="panel-head">
        <h2 id={titleId}>{title}</h2>
        {exportControl ? (
          <div className="panel-actions">
            {actions}
            {exportControl}
          </div>
        ) : (
          actions
        )}
      </div>
      <div ref={setBody} className="chart-body">
        {isEmpty ? (
          <p className="empty">{emptyMessage ?? t.charts.empty}</p>
        ) : (
          <ChartWidthContext value={bodyWidth}>{children}</ChartWidthContext>
        )}
      </div>
      {summary && !isEmpty && (
        <p id={summaryId} className="chart-summary">
          <BidiText text={summary} />
        </p>
      )}
      <figcaption>{caption}</figcaption>
      {!isEmpty && (
        <details
          className="data-table"
          onToggle={(event) => setTableOpen(event.currentTarget.open)}
        >
          <summary>{t.charts.dataTable({ title })}</summary>
          {isTableOpen && (
            <div className="table-scroll">
              <table aria-label={t.charts.tableLabel({ title })}>
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
          )}
        </details>
      )}
      {offscreen.portal}
    </figure>
  );
}
