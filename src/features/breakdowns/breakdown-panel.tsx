import { Suspense } from 'react';
import { ChartFrame, type DataTableColumn } from '../../components/charts/chart-frame';
import { ChartLoading } from '../../components/charts/chart-loading';
import { LazyBreakdownChart } from '../../components/charts/lazy-charts';
import { OTHER_LABEL, topWithOther, type GroupPoint } from '../../domain/breakdown';
import { formatCount, formatPercent, formatUsd } from '../../lib/format';

export interface BreakdownPanelProps {
  readonly title: string;
  readonly caption: string;
  /** Every group, largest first (as `groupIncidents` or `summarize` return them). */
  readonly groups: readonly GroupPoint[];
  /** How many groups get their own bar; the rest are summed into one "Other" bar. */
  readonly top?: number;
  /** How a group key reads on screen (e.g. a category slug as a label); the key itself by default. */
  readonly formatKey?: (key: string) => string;
}

export const DEFAULT_TOP_GROUPS = 8;

const ROW_HEIGHT = 34;
const asIs = (key: string) => key;

function columns(
  totalUsd: number,
  formatKey: (key: string) => string,
): DataTableColumn<GroupPoint>[] {
  return [
    { header: 'Group', isRowHeader: true, cell: (group) => formatKey(group.key) },
    { header: 'Total (USD)', cell: (group) => formatUsd(group.totalUsd) },
    { header: 'Incidents', cell: (group) => formatCount(group.count) },
    {
      header: 'Share',
      cell: (group) => (totalUsd > 0 ? formatPercent(group.totalUsd / totalUsd) : '—'),
    },
  ];
}

/** "Other", unless a group shown on its own is already called that. */
function otherLabel(top: readonly GroupPoint[]): string {
  return top.some((group) => group.key === OTHER_LABEL) ? `${OTHER_LABEL} (the rest)` : OTHER_LABEL;
}

/** The largest groups as horizontal bars, the rest summed into "Other". */
export function BreakdownPanel({
  title,
  caption,
  groups,
  top = DEFAULT_TOP_GROUPS,
  formatKey = asIs,
}: BreakdownPanelProps) {
  const limit = Math.max(0, Math.floor(top));
  const otherKey = groups.length > limit ? otherLabel(groups.slice(0, limit)) : undefined;
  const shown = topWithOther(groups, limit, otherKey);
  const totalUsd = shown.reduce((sum, group) => sum + group.totalUsd, 0);
  return (
    <ChartFrame
      title={title}
      caption={caption}
      rows={shown}
      rowKey={(group) => group.key}
      columns={columns(totalUsd, formatKey)}
      isEmpty={shown.length === 0}
    >
      <Suspense fallback={<ChartLoading height={shown.length * ROW_HEIGHT + 16} />}>
        <LazyBreakdownChart
          title={`Bar chart: ${title}`}
          groups={shown}
          totalUsd={totalUsd}
          formatKey={formatKey}
          otherKey={otherKey}
        />
      </Suspense>
    </ChartFrame>
  );
}
