import { useEffect, useState } from 'react';

/** How long the first attempt may run before the page says it is still waiting. */
export const STALL_NOTICE_MS = 3_000;

export interface LoadingState {
  readonly isPending: boolean;
  /** Attempts that failed so far in this load (React Query's `failureCount`). */
  readonly failureCount: number;
  /** Changes each time a load ends (data or error: their timestamps), so a new load starts its
   * own clock. */
  readonly loadKey: number;
}

/**
 * The attempt to name in "Still waiting for the data endpoint (attempt n of 4)", or null: from
 * the second attempt at once, and during the first once it has run for {@link STALL_NOTICE_MS}
 * (a stalled endpoint otherwise shows a bare skeleton until the request times out).
 */
export function useStillWaiting(
  { isPending, failureCount, loadKey }: LoadingState,
  delayMs = STALL_NOTICE_MS,
): number | null {
  const [stalledLoad, setStalledLoad] = useState<number | null>(null);
  const isFirstAttempt = isPending && failureCount === 0;
  useEffect(() => {
    if (!isFirstAttempt) return;
    const timer = setTimeout(() => setStalledLoad(loadKey), delayMs);
    return () => clearTimeout(timer);
  }, [isFirstAttempt, loadKey, delayMs]);
  if (!isPending) return null;
  if (failureCount > 0) return failureCount + 1;
  return stalledLoad === loadKey ? 1 : null;
}
