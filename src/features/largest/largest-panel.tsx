import { memo, Suspense } from 'react';
import { isolate } from '../../lib/bidi';
import type { ChartExportSource, RenderChartExport } from '../../components/charts/chart-export';
import { ChartFrame, type DataTableColumn } from '../../components/charts/chart-frame';
import { ChartLoading } from '../../components/charts/chart-loading';
import { LazyLargestChart } from '../../components/charts/lazy-charts';
import { dprkLegend } from '../../components/charts/palette';
import { useResolvedTheme } from '../../components/charts/use-resolved-theme';
import { isDprk } from '../../domain/filter';
import type { Incident } from '../../domain/incident';
import { useI18n } from '../../lib/i18n/i18n';
import type { Messages } from '../../lib/i18n/messages-en';
import type { Formatters } from '../../lib/format';

export interface LargestPanelProps {
  /** The largest incidents under the filters, largest first (e.g. `summarize(...).largest`). */
  readonly incidents: readonly Incident[];
  /** Opens an incident: from a bar, Enter on the focused chart, or the data table's buttons. */
  readonly onSelectIncident?: (id: string) => void;
  /** Leaves an incident out of every figure: a button per row of the data table. */
  readonly onExcludeIncident?: (id: string) => void;
  /** Shows an export control for the chart (PNG, SVG, CSV). */
  readonly renderExport?: RenderChartExport;
}

const ROW_HEIGHT = 34;

interface RankedIncident {
  readonly rank: number;
  readonly incident: Incident;
}

function columns(
  t: Messages,
  f: Formatters,
  onSelectIncident?: (id: string) => void,
  onExcludeIncident?: (id: string) => void,
): DataTableColumn<RankedIncident>[] {
  const m = t.charts.largest;
  const exclude: DataTableColumn<RankedIncident>[] = onExcludeIncident
    ? [
        {
          header: t.exclude.column,
          cell: ({ incident }) => (
            <button type="button" onClick={() => onExcludeIncident(incident.id)}>
              {t.exclude.named({ name: incident.name })}
            </button>
          ),
        },
      ]
    : [];
  return [
    { header: m.rank, cell: ({ rank }) => rank },
    { header: m.date, cell: ({ incident }) => f.formatDay(incident.date) },
    {
      header: m.name,
      isRowHeader: true,
      cell: ({ incident }) =>
        onSelectIncident ? (
          <button
            type="button"
            className="chart-row-button"
            aria-label={m.open({ name: incident.name })}
            onClick={() => onSelectIncident(incident.id)}
          >
            {incident.name}
          </button>
        ) : (
          incident.name
        ),
    },
    { header: t.charts.amountUsd, cell: ({ incident }) => f.formatUsd(incident.amountUsd) },
    {
      header: m.attribution,
      cell: ({ incident }) => incident.attribution ?? t.labels.unattributed,
    },
    ...exclude,
  ];
}

/** The bars as drawn, largest first, for export. */
function exportSource(
  incidents: readonly Incident[],
  t: Messages,
  theme: 'light' | 'dark',
): ChartExportSource {
  return {
    slug: 'largest-incidents',
    embed: 'largest',
    description: t.charts.largest.exportCaption,
    legend: dprkLegend(t.charts, theme, largestStack(incidents)),
    table: () => ({
      columns: [
        { header: 'rank', kind: 'number' },
        { header: 'id', kind: 'text' },
        { header: 'date', kind: 'text' },
        { header: 'name', kind: 'text' },
        { header: 'attribution', kind: 'text' },
        { header: 'amount_usd', kind: 'usd' },
      ],
      rows: incidents.map((incident, at) => [
        at + 1,
        incident.id,
        incident.date,
        incident.name,
        incident.attribution,
        incident.amountUsd,
      ]),
    }),
  };
}

/** The largest thefts as horizontal bars, DPRK-attributed ones in the timeline's DPRK colour. */
export const LargestPanel = memo(function LargestPanel({
  incidents,
  onSelectIncident,
  onExcludeIncident,
  renderExport,
}: LargestPanelProps) {
  const { t, f } = useI18n();
  const theme = useResolvedTheme();
  const rows = incidents.map((incident, at) => ({ rank: at + 1, incident }));
  const top = incidents[0];
  return (
    <ChartFrame
      title={t.charts.largest.title}
      caption={t.charts.largest.caption({
        count: incidents.length,
        n: f.formatCount(incidents.length),
        clickable: onSelectIncident !== undefined,
      })}
      summary={
        top
          ? t.charts.largest.summary({
              name: isolate(top.name),
              amount: f.formatUsdCompact(top.amountUsd),
              date: f.formatDay(top.date),
            })
          : undefined
      }
      rows={rows}
      rowKey={({ incident }) => incident.id}
      columns={columns(t, f, onSelectIncident, onExcludeIncident)}
      isEmpty={incidents.length === 0}
      exportSource={exportSource(incidents, t, theme)}
      renderExport={renderExport}
    >
      <Suspense fallback={<ChartLoading height={incidents.length * ROW_HEIGHT + 48} />}>
        <LazyLargestChart incidents={incidents} onSelectIncident={onSelectIncident} />
      </Suspense>
    </ChartFrame>
  );
});

/** Which colours the bars use, so the exported legend names only those drawn. */
function largestStack(incidents: readonly Incident[]): 'both' | 'dprk' | 'other' {
  const dprk = incidents.filter((incident) => isDprk(incident.attribution)).length;
  if (dprk === incidents.length && dprk > 0) return 'dprk';
  return dprk === 0 && incidents.length > 0 ? 'other' : 'both';
}
