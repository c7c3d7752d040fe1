import { memo } from 'react';
import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { TimelineBar } from '../../domain/timeline-measure';

/** Space left on each side of a bar, as a share of its period's band on the x scale. */
export const BAR_GAP = 0.1;

interface TimelineBarsProps {
  readonly data: readonly TimelineBar[];
  readonly dprkFill: string;
  readonly otherFill: string;
  /** Called with the period of a clicked bar. */
  readonly onSelect?: (period: string) => void;
}

/**
 * The timeline's stacked bars, drawn on the chart's own scales: one `<rect>` per segment, in one
 * component. Recharts' `<Bar>` builds a tree of components per bar and re-creates all of them
 * whenever the range changes; with 180 months that was most of the time a month change took.
 * The chart keeps its axes, grid, tooltip and keyboard navigation from Recharts.
 */
export const TimelineBars = memo(function TimelineBars({
  data,
  dprkFill,
  otherFill,
  onSelect,
}: TimelineBarsProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (x === undefined || y === undefined || data.length === 0) return null;
  const segment = (
    point: TimelineBar,
    from: number,
    to: number,
    className: string,
    fill: string,
  ) => {
    // The period's band, as the x scale places it (the same band the tooltip and cursor use).
    const start = x(point.period, { position: 'start' });
    const end = x(point.period, { position: 'end' });
    const top = y(to);
    const bottom = y(from);
    if (start === undefined || end === undefined || top === undefined || bottom === undefined)
      return null;
    if (to <= from) return null;
    const band = end - start;
    return (
      <rect
        key={point.period}
        className={className}
        x={start + band * BAR_GAP}
        y={top}
        width={band * (1 - 2 * BAR_GAP)}
        height={bottom - top}
        fill={fill}
        onClick={onSelect && (() => onSelect(point.period))}
      />
    );
  };
  // In Recharts' bar layer, above the band it draws behind the hovered or focused period.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      <g className="timeline-bars" cursor={onSelect ? 'pointer' : undefined}>
        {data.map((point) => segment(point, 0, point.dprk, 'timeline-bar bar-dprk', dprkFill))}
        {data.map((point) =>
          segment(point, point.dprk, point.total, 'timeline-bar bar-other', otherFill),
        )}
      </g>
    </ZIndexLayer>
  );
});
