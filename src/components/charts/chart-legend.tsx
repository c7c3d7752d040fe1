export interface LegendItem {
  readonly label: string;
  /** A colour or a pattern (`url(#hatch)`). */
  readonly fill: string;
  /** `is-other` takes the theme's colour for "Other" (see styles.css). */
  readonly className?: string;
}

/**
 * The chart's legend, drawn here rather than by Recharts, whose icons carry an English accessible
 * name ("… legend icon") in every language. The swatch is decoration: the text names the series.
 * Keeps Recharts' class names, so the theme's colours apply as to its own legend.
 */
export function ChartLegend({ items }: { readonly items: readonly LegendItem[] }) {
  return (
    <ul className="recharts-default-legend chart-legend">
      {items.map((item, at) => (
        <li
          key={item.label}
          className={`recharts-legend-item legend-item-${at} ${item.className ?? ''}`}
        >
          <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <rect width={14} height={14} fill={item.fill} />
          </svg>
          <span className="recharts-legend-item-text">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
