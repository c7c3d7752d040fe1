import { TIMELINE_COLORS } from './palette';

/**
 * Diagonal hatching for DPRK-attributed bars, so they differ from the rest without colour. Drawn
 * inside the chart's own `<svg>`, so an exported copy keeps it. The colours follow the theme
 * through CSS (`.hatch-ground`, `.hatch-line`); the attributes are the light theme's.
 */
export function HatchDefs({ id }: { readonly id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        patternUnits="userSpaceOnUse"
        width={7}
        height={7}
        patternTransform="rotate(45)"
      >
        <rect className="hatch-ground" width={7} height={7} fill={TIMELINE_COLORS.dprk} />
        <line
          className="hatch-line"
          x1={0}
          y1={0}
          x2={0}
          y2={7}
          stroke="rgb(255 255 255 / 70%)"
          strokeWidth={3}
        />
      </pattern>
    </defs>
  );
}

/** A pattern id usable in `url(#…)` (React's ids are safe there). */
export const hatchFill = (id: string) => `url(#${id})`;
