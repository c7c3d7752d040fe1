import {
  observeElementRect,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useRef } from 'react';

/** Every row is this tall (set on each `<tr>`), so the virtualizer never has to measure. */
export const ROW_HEIGHT_PX = 36;

/** Rows rendered beyond each edge of the visible window, so fast scrolling shows no gaps. */
const OVERSCAN = 10;

/**
 * The size assumed while the scroll container has no layout yet (first render, a hidden tab,
 * jsdom): about a screenful of rows instead of none.
 */
const ASSUMED_RECT: Rect = { width: 1000, height: 600 };

function observeRectOrAssumed(
  instance: Virtualizer<HTMLDivElement, Element>,
  onRect: (rect: Rect) => void,
) {
  return observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : ASSUMED_RECT));
}

/** The window of rows to render inside a scroll container, with the space above and below it. */
export function useVirtualRows(count: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The compiler lint flags this hook because it returns unstable functions. Nothing here is
  // memoized on them: the window is read afresh on every render, which the virtualizer triggers.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: OVERSCAN,
    initialRect: ASSUMED_RECT,
    observeElementRect: observeRectOrAssumed,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const paddingTop = first ? first.start : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  return { scrollRef, items, paddingTop, paddingBottom };
}
