import { Suspense } from 'react';
import { ChartFrame, type DataTableColumn } from '../../components/charts/chart-frame';
import { ChartLoading } from '../../components/charts/chart-loading';
import { LazyLargestChart } from '../../components/charts/lazy-charts';
import { UNATTRIBUTED_LABEL } from '../../domain/breakdown';
import type { Incident } from '../../domain/incident';
import { formatDay, formatUsd } from '../../lib/format';

export interface LargestPanelProps {
  /** The largest incidents under the filters, largest first (e.g. `summarize(...).largest`). */
  readonly incidents: readonly Incident[];
  /** Opens an incident: from a bar, Enter on the focused chart, or the data table's buttons. */
  readonly onSelectIncident?: (id: string) => void;
}

const ROW_HEIGHT = 34;

interface RankedIncident {
  readonly rank: number;
  readonly incident: Incident;
}

function columns(onSelectIncident?: (id: string) => void): DataTableColumn<RankedIncident>[] {
  return [
    { header: 'Rank', cell: ({ rank }) => rank },
    { header: 'Date', cell: ({ incident }) => formatDay(incident.date) },
    {
      header: 'Name',
      isRowHeader: true,
      cell: ({ incident }) =>
        onSelectIncident ? (
          <button
            type="button"
            className="chart-row-button"
            aria-label={`Open ${incident.name}`}
            onClick={() => onSelectIncident(incident.id)}
          >
            {incident.name}
          </button>
        ) : (
          incident.name
        ),
    },
    { header: 'Amount (USD)', cell: ({ incident }) => formatUsd(incident.amountUsd) },
    { header: 'Attribution', cell: ({ incident }) => incident.attribution ?? UNATTRIBUTED_LABEL },
  ];
}

/** The largest thefts as horizontal bars, DPRK-attributed ones in the timeline's DPRK colour. */
export function LargestPanel({ incidents, onSelectIncident }: LargestPanelProps) {
  const rows = incidents.map((incident, at) => ({ rank: at + 1, incident }));
  return (
    <ChartFrame
      title="Largest incidents"
      caption={
        `The ${incidents.length === 1 ? 'largest theft' : `${incidents.length} largest thefts`} ` +
        'under the current filters, by amount stolen (USD at the time), DPRK-attributed in red.' +
        (onSelectIncident ? ' Click a bar to open the incident.' : '')
      }
      rows={rows}
      rowKey={({ incident }) => incident.id}
      columns={columns(onSelectIncident)}
      isEmpty={incidents.length === 0}
    >
      <Suspense fallback={<ChartLoading height={incidents.length * ROW_HEIGHT + 48} />}>
        <LazyLargestChart incidents={incidents} onSelectIncident={onSelectIncident} />
      </Suspense>
    </ChartFrame>
  );
}
