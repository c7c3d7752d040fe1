import { startTransition, useEffect, useState } from 'react';

/** Runs `task` once the browser is idle after the next frame; returns a cancel function. */
function afterNextFrameWhenIdle(task: () => void): () => void {
  let cancelIdle = () => {};
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') {
      // The timeout bounds the wait on a busy page: the panels come at the latest then.
      const idle = requestIdleCallback(task, { timeout: 250 });
      cancelIdle = () => cancelIdleCallback(idle);
    } else {
      const timer = setTimeout(task, 0); // Safari has no requestIdleCallback
      cancelIdle = () => clearTimeout(timer);
    }
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelIdle();
  };
}

/** The longest the panels further down wait for `ready` (see {@link useTrailingValue}). */
export const READY_WAIT_MS = 1_000;

/**
 * `value`, a little late: once the page has painted a new `value`, this follows it when the browser
 * is next idle, in a transition (interruptible). The panels at the top of the page take `value`
 * and those further down take this, so a new dataset or a change of filters paints the totals and
 * the timeline before the rest is rendered. (Recharts draws its bars in the animation frame after
 * a render: waiting past that frame keeps the lower charts out of the one that shows the timeline.)
 * `ready` is awaited first, for at most {@link READY_WAIT_MS}: on the first load, the browser is
 * idle while the timeline's code arrives, and without it the lower panels would render then and be
 * drawn in the timeline's first frame. The cap keeps a stalled download from hiding them.
 * `initial` is what it gives until it first follows (`value` itself unless told).
 */
export function useTrailingValue<T>(
  value: T,
  ready: () => Promise<unknown>,
  initial: T = value,
): T {
  const [trailing, setTrailing] = useState(initial);
  useEffect(() => {
    if (trailing === value) return;
    let cancel = () => {};
    let waiting = true;
    const follow = () => {
      if (!waiting) return;
      waiting = false;
      clearTimeout(timer);
      cancel = afterNextFrameWhenIdle(() => startTransition(() => setTrailing(value)));
    };
    const timer = setTimeout(follow, READY_WAIT_MS);
    ready().then(follow, follow); // a failed `ready` must not hold the panels back either
    return () => {
      waiting = false;
      clearTimeout(timer);
      cancel();
    };
  }, [value, trailing, ready]);
  return trailing;
}
