/** What Recharts hands a custom category-axis tick. */
export interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
}

export interface TickText {
  /** What fits beside the bar (cut with …). */
  readonly shown: string;
  /** The whole text: the tick's title (read on hover and by screen readers) when it is cut. */
  readonly full: string;
}

/** A category name beside its bar, one line, with the full name as its title when it is cut. */
export function TruncatedTick({
  x,
  y,
  payload,
  describe,
}: TickProps & { readonly describe: (value: string) => TickText }) {
  const { shown, full } = describe(typeof payload?.value === 'string' ? payload.value : '');
  return (
    <g transform={`translate(${Number(x ?? 0)},${Number(y ?? 0)})`}>
      <text
        x={-4}
        dy="0.35em"
        textAnchor="end"
        fontSize={12}
        className="recharts-cartesian-axis-tick-value chart-tick"
      >
        {shown !== full && <title>{full}</title>}
        {shown}
      </text>
    </g>
  );
}
