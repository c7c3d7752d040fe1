import { memo, Suspense } from 'react';
import { isolate } from '../../lib/bidi';
import type {
  ChartExportSource,
  ChartLegendEntry,
  RenderChartExport,
} from '../../components/charts/chart-export';
import { ChartFrame, type DataTableColumn } from '../../components/charts/chart-frame';
import { ChartLoading } from '../../components/charts/chart-loading';
import { LazyBreakdownChart } from '../../components/charts/lazy-charts';
import { groupColors } from '../../components/charts/palette';
import { useResolvedTheme } from '../../components/charts/use-resolved-theme';
import type { EmbedChart } from '../../lib/embed-snippet';
import type { ThemeName } from '../../lib/palette';
import { REST_KEY, topWithOther, type GroupPoint } from '../../domain/breakdown';
import { groupKeyLabel } from '../../lib/i18n/filter-labels';
import { useI18n } from '../../lib/i18n/i18n';
import type { Messages } from '../../lib/i18n/messages-en';
import type { Formatters } from '../../lib/format';

export interface BreakdownPanelProps {
  readonly title: string;
  readonly caption: string;
  /** Every group, largest first (as `summarizeView` returns them): categories or technique classes. */
  readonly groups: readonly GroupPoint[];
  /** How many groups get their own bar; the rest are summed into one "Other" bar. */
  readonly top?: number;
  /** Shows an export control for the chart (PNG, SVG, CSV). */
  readonly renderExport?: RenderChartExport;
  /** Which chart an embed of this one shows (the export menu then offers Embed). */
  readonly embed?: EmbedChart;
}

export const DEFAULT_TOP_GROUPS = 8;

const ROW_HEIGHT = 34;

function columns(
  totalUsd: number,
  formatKey: (key: string) => string,
  t: Messages,
  f: Formatters,
): DataTableColumn<GroupPoint>[] {
  return [
    { header: t.charts.breakdown.group, isRowHeader: true, cell: (group) => formatKey(group.key) },
    { header: t.charts.totalUsd, cell: (group) => f.formatUsd(group.totalUsd) },
    { header: t.charts.incidents, cell: (group) => f.formatCount(group.count) },
    {
      header: t.charts.breakdown.share,
      cell: (group) => (totalUsd > 0 ? f.formatPercent(group.totalUsd / totalUsd) : '—'),
    },
  ];
}

/** The bars as drawn (the top groups and "Other"), for export. */
function exportSource(
  title: string,
  caption: string,
  shown: readonly GroupPoint[],
  formatKey: (key: string) => string,
  otherKey: string | undefined,
  t: Messages,
  theme: ThemeName,
): ChartExportSource {
  const colors = groupColors(theme);
  const legend: ChartLegendEntry[] = [
    { label: t.charts.breakdown.amountStolen, color: colors.group, shape: 'bar' },
  ];
  if (otherKey !== undefined) {
    legend.push({
      label: t.charts.breakdown.smallerGroups({ other: formatKey(otherKey) }),
      color: colors.other,
      shape: 'bar',
    });
  }
  return {
    slug: title,
    description: caption,
    legend,
    table: () => ({
      columns: [
        { header: 'group', kind: 'text' },
        { header: 'total_usd', kind: 'usd' },
        { header: 'incident_count', kind: 'number' },
      ],
      rows: shown.map((group) => [formatKey(group.key), group.totalUsd, group.count]),
    }),
  };
}

/** The largest groups as horizontal bars, the rest summed into "Other". */
export const BreakdownPanel = memo(function BreakdownPanel({
  title,
  caption,
  groups,
  top = DEFAULT_TOP_GROUPS,
  renderExport,
  embed,
}: BreakdownPanelProps) {
  const limit = Math.max(0, Math.floor(top));
  const otherKey = groups.length > limit ? REST_KEY : undefined;
  const shown = topWithOther(groups, limit);
  const totalUsd = shown.reduce((sum, group) => sum + group.totalUsd, 0);
  const { t, f } = useI18n();
  const shownKeys = shown.map((group) => group.key);
  const formatKey = (key: string) => groupKeyLabel(key, shownKeys, t);
  const theme = useResolvedTheme();
  const first = shown[0];
  return (
    <ChartFrame
      title={title}
      caption={caption}
      summary={
        first && totalUsd > 0
          ? t.charts.breakdown.summary({
              group: isolate(formatKey(first.key)),
              amount: f.formatUsdCompact(first.totalUsd),
              share: f.formatPercent(first.totalUsd / totalUsd),
            })
          : undefined
      }
      rows={shown}
      rowKey={(group) => group.key}
      columns={columns(totalUsd, formatKey, t, f)}
      isEmpty={shown.length === 0}
      exportSource={{
        ...exportSource(title, caption, shown, formatKey, otherKey, t, theme),
        embed,
      }}
      renderExport={renderExport}
    >
      <Suspense fallback={<ChartLoading height={shown.length * ROW_HEIGHT + 16} />}>
        <LazyBreakdownChart
          title={t.charts.breakdown.svg({ title })}
          groups={shown}
          totalUsd={totalUsd}
          formatKey={formatKey}
          otherKey={otherKey}
        />
      </Suspense>
    </ChartFrame>
  );
});
