import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, one frame late: once the page has painted a new `value`, this follows it in a
 * transition (interruptible). The panels at the top of the page take `value` and those further
 * down take this, so a change of filters paints the totals and the timeline before the rest is
 * re-rendered. (Recharts draws its bars in the animation frame after a render; waiting for that
 * frame keeps the lower charts' drawing out of the one that shows the timeline.)
 */
export function useTrailingValue<T>(value: T): T {
  const [trailing, setTrailing] = useState(value);
  useEffect(() => {
    if (trailing === value) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setTrailing(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, trailing]);
  return trailing;
}
