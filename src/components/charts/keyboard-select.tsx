import { useCallback, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useActiveTooltipDataPoints } from 'recharts';

/** Renders nothing; reports the data point the chart's tooltip shows (hover or arrow keys). */
function ActivePointSpy({ onChange }: { readonly onChange: (point: unknown) => void }) {
  const point = useActiveTooltipDataPoints()?.[0];
  useEffect(() => onChange(point), [onChange, point]);
  return null;
}

/**
 * Enter on a focused chart selects the point its tooltip shows. Recharts' accessibility layer
 * already makes the chart focusable and moves the tooltip with the arrow keys; this adds the
 * selection. Put `spy` inside the chart and `onKeyDownCapture` on an element around it (capture,
 * so the point is read before Recharts' own Enter hides the tooltip).
 */
export function useEnterToSelect(onSelect: ((point: unknown) => void) | undefined): {
  readonly spy: ReactNode;
  readonly onKeyDownCapture: (event: KeyboardEvent) => void;
} {
  const active = useRef<unknown>(undefined);
  const onChange = useCallback((point: unknown) => {
    active.current = point;
  }, []);
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || onSelect === undefined || active.current === undefined) return;
      event.stopPropagation(); // keep the tooltip on the selected point
      onSelect(active.current);
    },
    [onSelect],
  );
  return { spy: <ActivePointSpy onChange={onChange} />, onKeyDownCapture };
}
