import { Suspense, type ReactNode } from 'react';
import { ChartFrame, type DataTableColumn } from '../components/charts/chart-frame';
import { ChartLoading } from '../components/charts/chart-loading';
import {
  LazyBreakdownChart,
  LazyCumulativeChart,
  LazyLargestChart,
} from '../components/charts/lazy-charts';
import { REST_KEY, topWithOther, type GroupPoint } from '../domain/breakdown';
import type { CumulativeYear } from '../domain/cumulative';
import type { Summary } from '../domain/engine/summarize-view';
import type { ChartMode } from '../domain/view-state';
import type { EmbedChart } from '../lib/embed-snippet';
import type { Formatters } from '../lib/format';
import { embedChartTitle } from '../lib/i18n/embed-words';
import { groupKeyLabel } from '../lib/i18n/filter-labels';
import { useI18n } from '../lib/i18n/i18n';
import type { Messages } from '../lib/i18n/messages-en';
import { EmbedTimeline, periodLabel, timelineText } from './embed-timeline';

/** How many groups a breakdown draws, and how many recent years the cumulative chart, as on the dashboard. */
const TOP_GROUPS = 8;
const RECENT_YEARS = 6;

export interface EmbedFigures {
  readonly summary: Summary;
  readonly cumulative: readonly CumulativeYear[];
  readonly mode: ChartMode;
  /** The years the cumulative chart draws (from the link); null for the most recent ones. */
  readonly years: readonly string[] | null;
}

interface EmbedFigureProps {
  readonly chart: EmbedChart;
  readonly figures: EmbedFigures;
  /** The view in words (the filters and the period), after what the chart shows. */
  readonly view: string;
  /** A bar chosen (click, or Enter on the focused chart) opens the full view narrowed to it. */
  readonly onSelectPeriod: (period: string) => void;
  readonly onSelectIncident: (id: string) => void;
}

/** One chart as a named figure: title, the chart (tooltip, keyboard), caption and data table. */
export function EmbedFigure({
  chart,
  figures,
  view,
  onSelectPeriod,
  onSelectIncident,
}: EmbedFigureProps) {
  const { t, f } = useI18n();
  const title = embedChartTitle(chart, t);
  const frame = <Row,>(
    description: string,
    rows: readonly Row[],
    rowKey: (row: Row) => string,
    columns: DataTableColumn<Row>[],
    drawing: ReactNode,
  ) => (
    <ChartFrame
      title={title}
      caption={
        <>
          {description} <span className="embed-view">{t.embed.view({ view })}</span>
        </>
      }
      rows={rows}
      rowKey={rowKey}
      columns={columns}
      isEmpty={rows.length === 0}
    >
      {drawing}
    </ChartFrame>
  );
  const { summary } = figures;
  switch (chart) {
    case 'timeline': {
      const series = {
        monthly: summary.monthly,
        quarterly: summary.quarterly,
        yearly: summary.yearly,
      }[figures.mode];
      return frame(
        timelineText(figures.mode, series, t),
        series,
        (point) => point.period,
        [
          {
            header: t.charts.timeline.period,
            isRowHeader: true,
            cell: (point) => periodLabel(figures.mode, point.period, f),
          },
          { header: t.charts.totalUsd, cell: (point) => f.formatUsd(point.totalUsd) },
          { header: t.charts.incidents, cell: (point) => f.formatCount(point.count) },
        ],
        <EmbedTimeline series={series} mode={figures.mode} onSelectPeriod={onSelectPeriod} />,
      );
    }
    case 'largest':
      return frame(
        t.charts.largest.exportCaption,
        summary.largest,
        (incident) => incident.id,
        [
          { header: t.charts.largest.name, isRowHeader: true, cell: (incident) => incident.name },
          { header: t.charts.largest.date, cell: (incident) => f.formatDay(incident.date) },
          { header: t.charts.amountUsd, cell: (incident) => f.formatUsd(incident.amountUsd) },
        ],
        <Suspense fallback={<ChartLoading height={summary.largest.length * 34 + 48} />}>
          <LazyLargestChart incidents={summary.largest} onSelectIncident={onSelectIncident} />
        </Suspense>,
      );
    case 'cumulative': {
      const keys = figures.cumulative.map((year) => year.year);
      const shown = new Set(figures.years ?? keys.slice(-RECENT_YEARS));
      return frame(
        t.charts.cumulative.exportCaption,
        figures.cumulative,
        (year) => year.year,
        [
          { header: t.charts.cumulative.year, isRowHeader: true, cell: (year) => year.year },
          {
            header: t.charts.totalUsd,
            cell: (year) =>
              f.formatUsd(Math.max(0, ...year.points.map((point) => point.cumulativeUsd ?? 0))),
          },
        ],
        <Suspense fallback={<ChartLoading height={340} />}>
          <LazyCumulativeChart years={figures.cumulative} shown={shown} height={340} />
        </Suspense>,
      );
    }
    case 'category':
    case 'technique': {
      const groups = chart === 'category' ? summary.byCategory : summary.byTechnique;
      const shown = topWithOther(groups, TOP_GROUPS);
      const keys = shown.map((group) => group.key);
      const formatKey = (key: string) => groupKeyLabel(key, keys, t);
      const b = t.charts.breakdown;
      return frame(
        chart === 'category' ? b.categoryCaption : b.techniqueCaption,
        shown,
        (group) => group.key,
        groupColumns(formatKey, t, f),
        <Suspense fallback={<ChartLoading height={shown.length * 34 + 16} />}>
          <LazyBreakdownChart
            title={b.svg({ title })}
            groups={shown}
            totalUsd={shown.reduce((sum, group) => sum + group.totalUsd, 0)}
            formatKey={formatKey}
            otherKey={groups.length > TOP_GROUPS ? REST_KEY : undefined}
          />
        </Suspense>,
      );
    }
  }
}

function groupColumns(
  formatKey: (key: string) => string,
  t: Messages,
  f: Formatters,
): DataTableColumn<GroupPoint>[] {
  return [
    { header: t.charts.breakdown.group, isRowHeader: true, cell: (group) => formatKey(group.key) },
    { header: t.charts.totalUsd, cell: (group) => f.formatUsd(group.totalUsd) },
    { header: t.charts.incidents, cell: (group) => f.formatCount(group.count) },
  ];
}
