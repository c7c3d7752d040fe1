import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READY_WAIT_MS, useTrailingValue } from '../../../src/app/use-trailing-value';

/** A promise and the function that settles it. */
function gate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { ready: () => promise, open };
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
  // jsdom has no requestIdleCallback: the hook falls back to a timeout, as in Safari.
  expect(typeof globalThis.requestIdleCallback).toBe('undefined');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useTrailingValue', () => {
  it('starts with the value it is given', () => {
    const { result } = renderHook(() => useTrailingValue('first', () => Promise.resolve()));
    expect(result.current).toBe('first');
  });

  it('follows a new value only after `ready`, a frame and an idle moment', async () => {
    const { ready, open } = gate();
    const { result, rerender } = renderHook(({ value }) => useTrailingValue(value, ready), {
      initialProps: { value: 'first' },
    });
    rerender({ value: 'second' });
    await act(() => vi.advanceTimersByTimeAsync(READY_WAIT_MS / 2));
    expect(result.current).toBe('first'); // still waiting for `ready` (the chart code)
    open();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current).toBe('first'); // the frame has not come yet
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(result.current).toBe('second');
  });

  it('waits for `ready` no longer than READY_WAIT_MS', async () => {
    const never = () => new Promise<void>(() => {});
    const { result, rerender } = renderHook(({ value }) => useTrailingValue(value, never), {
      initialProps: { value: 'first' },
    });
    rerender({ value: 'second' });
    await act(() => vi.advanceTimersByTimeAsync(READY_WAIT_MS - 1));
    expect(result.current).toBe('first');
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(result.current).toBe('second');
  });

  it('follows all the same when `ready` fails', async () => {
    const failed = () => Promise.reject(new Error('chart code did not load'));
    const { result, rerender } = renderHook(({ value }) => useTrailingValue(value, failed), {
      initialProps: { value: 'first' },
    });
    rerender({ value: 'second' });
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(result.current).toBe('second');
  });

  it('drops a value replaced before it could follow, and follows the latest', async () => {
    const { ready, open } = gate();
    const { result, rerender } = renderHook(({ value }) => useTrailingValue(value, ready), {
      initialProps: { value: 'first' },
    });
    rerender({ value: 'second' });
    rerender({ value: 'third' });
    open();
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(result.current).toBe('third');
  });
});
