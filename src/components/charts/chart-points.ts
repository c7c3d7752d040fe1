// Recharts hands data points to handlers as loosely typed values; these read them back safely.
import { useCallback } from 'react';
import { useEnterToSelect } from './keyboard-select';

/** The `field` of a data point when it is a string, else null. */
export function stringField(point: unknown, field: string): string | null {
  if (typeof point !== 'object' || point === null) return null;
  const value: unknown = Reflect.get(point, field);
  return typeof value === 'string' ? value : null;
}

/** The data point behind a clicked bar (Recharts passes the bar, with the point as `payload`). */
export function payloadOf(item: unknown): unknown {
  return typeof item === 'object' && item !== null ? Reflect.get(item, 'payload') : undefined;
}

/**
 * Selecting a bar by click or by Enter on the focused chart: calls `onSelect` with the string
 * `field` of the bar's data point. Every returned value is stable while `field` and `onSelect`
 * are (Recharts recomputes a bar series when its handlers change).
 */
export function useBarSelection(field: string, onSelect: ((value: string) => void) | undefined) {
  const selectPoint = useCallback(
    (point: unknown) => {
      const value = stringField(point, field);
      if (value !== null) onSelect?.(value);
    },
    [field, onSelect],
  );
  const onBarClick = useCallback((item: unknown) => selectPoint(payloadOf(item)), [selectPoint]);
  const keyboard = useEnterToSelect(onSelect && selectPoint);
  return { onBarClick, keyboard, cursor: onSelect ? 'pointer' : undefined };
}
