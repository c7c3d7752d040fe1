import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  STALL_NOTICE_MS,
  useStillWaiting,
  type LoadingState,
} from '../../../src/app/use-still-waiting';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function renderWaiting(initial: LoadingState) {
  return renderHook((state: LoadingState) => useStillWaiting(state), { initialProps: initial });
}

const FIRST_LOAD: LoadingState = { isPending: true, failureCount: 0, loadKey: 0 };

describe('useStillWaiting: the attempt named while the endpoint is slow', () => {
  it('names attempt 1 once the first attempt has run for a while, not before', () => {
    const { result } = renderWaiting(FIRST_LOAD);
    expect(result.current).toBeNull();
    act(() => vi.advanceTimersByTime(STALL_NOTICE_MS - 1));
    expect(result.current).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(1);
  });

  it('names the attempt under way from the second one on, at once', () => {
    const { result, rerender } = renderWaiting(FIRST_LOAD);
    rerender({ ...FIRST_LOAD, failureCount: 1 });
    expect(result.current).toBe(2);
    rerender({ ...FIRST_LOAD, failureCount: 3 });
    expect(result.current).toBe(4);
  });

  it('says nothing once the data has come, and starts over for the next load', () => {
    const { result, rerender } = renderWaiting(FIRST_LOAD);
    act(() => vi.advanceTimersByTime(STALL_NOTICE_MS));
    expect(result.current).toBe(1);
    rerender({ isPending: false, failureCount: 0, loadKey: 1 });
    expect(result.current).toBeNull();
    // A new load (Retry after an error): its own clock, not the old load's notice.
    rerender({ isPending: true, failureCount: 0, loadKey: 1 });
    expect(result.current).toBeNull();
    act(() => vi.advanceTimersByTime(STALL_NOTICE_MS));
    expect(result.current).toBe(1);
  });

  it('says nothing for a first attempt that answers in time', () => {
    const { result, rerender } = renderWaiting(FIRST_LOAD);
    act(() => vi.advanceTimersByTime(STALL_NOTICE_MS / 2));
    rerender({ isPending: false, failureCount: 0, loadKey: 1 });
    act(() => vi.advanceTimersByTime(STALL_NOTICE_MS));
    expect(result.current).toBeNull();
  });
});
