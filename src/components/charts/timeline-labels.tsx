import { memo } from 'react';
import { useChartHeight, useChartWidth, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { TimelineBar } from '../../domain/timeline-measure';
import { BAR_GAP } from './timeline-bars';
import { placeLabels, textWidth, type Box, type LabelRequest } from './label-placement';

/** A bar the chart names: what is written above it, and what a screen reader is told. */
export interface ChartBarLabel {
  readonly rank: number;
  readonly period: string;
  /** `Bybit $1.46B` */
  readonly text: string;
  /** The whole sentence, with the period, for screen readers. */
  readonly description: string;
}

export const LABEL_FONT_SIZE = 11;
export const LABEL_HEIGHT = 14;
/** Room kept above the tallest bar for this many rows of labels, each this high with its gap. */
export const LABEL_ROWS = 3;
export const LABEL_GAP_ROWS = LABEL_HEIGHT + 4;
/** Height of a row of the numbered legend drawn under the axis on a narrow chart. */
export const LEGEND_ROW = 15;

/** Where the numbered legend's rows start, from the chart's left edge. */
const LEGEND_LEFT = 4;

/** `text`, cut with an ellipsis where it would run past `width` pixels. */
function fitText(text: string, width: number): string {
  if (textWidth(text, LABEL_FONT_SIZE) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, LABEL_FONT_SIZE) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

interface TimelineLabelsProps {
  readonly bars: readonly TimelineBar[];
  readonly labels: readonly ChartBarLabel[];
  /** Numbered markers over the bars and the names listed under the chart (a narrow chart). */
  readonly isNumbered: boolean;
  /** The name of the group, for screen readers. */
  readonly name: string;
}

/**
 * The names of the largest incidents, above their bars and clear of every bar and of each other
 * (lifted with a leader line where they would touch). Drawn in the chart's SVG, so an exported
 * image carries them; each is focusable and described for keyboard and screen-reader users.
 */
export const TimelineLabels = memo(function TimelineLabels({
  bars,
  labels,
  isNumbered,
  name,
}: TimelineLabelsProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const chartHeight = useChartHeight();
  const chartWidth = useChartWidth() ?? 0;
  if (
    x === undefined ||
    y === undefined ||
    plot === undefined ||
    chartHeight === undefined ||
    labels.length === 0
  )
    return null;
  const boxOf = (bar: TimelineBar): Box | null => {
    const start = x(bar.period, { position: 'start' });
    const end = x(bar.period, { position: 'end' });
    const top = y(bar.total);
    const bottom = y(0);
    if (start === undefined || end === undefined || top === undefined || bottom === undefined)
      return null;
    const band = end - start;
    return {
      x: start + band * BAR_GAP,
      y: top,
      width: band * (1 - 2 * BAR_GAP),
      height: bottom - top,
    };
  };
  const obstacles = bars.flatMap((bar) => {
    const box = bar.total > 0 ? boxOf(bar) : null;
    return box === null ? [] : [box];
  });
  const shown = labels.flatMap((label) => {
    const bar = bars.find((candidate) => candidate.period === label.period);
    const box = bar === undefined ? null : boxOf(bar);
    return box === null ? [] : [{ label, box }];
  });
  const texts = shown.map(({ label }) => (isNumbered ? String(label.rank) : label.text));
  const requests: LabelRequest[] = shown.map(({ box }, at) => ({
    anchorX: box.x + box.width / 2,
    anchorY: box.y,
    width: textWidth(texts[at] ?? '', LABEL_FONT_SIZE),
    height: LABEL_HEIGHT,
  }));
  const bounds = { x: plot.x, y: plot.y, width: plot.width, height: plot.height };
  const placed = placeLabels(requests, obstacles, bounds);
  return (
    <>
      {/* Leader lines first: a label's box, drawn over them, hides one that passes behind it. */}
      <g className="timeline-label-leaders" aria-hidden="true">
        {shown.map(({ label }, at) => {
          const spot = placed[at];
          const request = requests[at];
          if (!spot?.isLifted || request === undefined) return null;
          return (
            <line
              key={label.period}
              className="timeline-label-leader"
              x1={request.anchorX}
              x2={request.anchorX}
              y1={request.anchorY - 1}
              y2={spot.y + spot.height}
            />
          );
        })}
      </g>
      <g className="timeline-labels" role="list" aria-label={name}>
        {shown.map(({ label }, at) => {
          const spot = placed[at];
          if (spot === null || spot === undefined) return null;
          return (
            <g
              key={label.period}
              className="timeline-label"
              role="listitem"
              tabIndex={0}
              aria-label={label.description}
            >
              <rect
                className="timeline-label-box"
                x={spot.x}
                y={spot.y}
                width={spot.width}
                height={spot.height}
              />
              <text
                className="timeline-label-text"
                x={spot.x + spot.width / 2}
                y={spot.y + spot.height - 3}
                textAnchor="middle"
                fontSize={LABEL_FONT_SIZE}
              >
                {texts[at]}
              </text>
            </g>
          );
        })}
      </g>
      {isNumbered && (
        <g className="timeline-label-legends" aria-hidden="true">
          {shown.map(({ label }, at) => (
            <text
              key={label.period}
              className="timeline-label-legend"
              x={LEGEND_LEFT}
              y={chartHeight - (shown.length - at - 1) * LEGEND_ROW - 4}
              fontSize={LABEL_FONT_SIZE}
            >
              {fitText(`${label.rank}. ${label.text}`, chartWidth - 2 * LEGEND_LEFT)}
            </text>
          ))}
        </g>
      )}
    </>
  );
});
