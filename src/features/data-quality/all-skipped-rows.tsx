import { observeElementRect, useVirtualizer, type Rect } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { SkippedRow } from '../../data/parse-incidents';
import { clipText } from '../../lib/bidi';
import { useI18n } from '../../lib/i18n/i18n';

const LINE_HEIGHT_PX = 28;
/** What is assumed while the list has no layout yet (jsdom, a closed <details>). */
const ASSUMED_RECT: Rect = { width: 600, height: 320 };
const ID_CHARS = 80;

interface AllSkippedRowsProps {
  readonly label: string;
  readonly rows: readonly SkippedRow[];
}

/**
 * Every row of one reason, in a scrolling list that renders only the lines in view: 100,000
 * skipped rows cost as little as 20 to the page.
 */
export function AllSkippedRows({ label, rows }: AllSkippedRowsProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The compiler lint flags the hook for returning unstable functions; nothing is memoized on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_HEIGHT_PX,
    overscan: 8,
    initialRect: ASSUMED_RECT,
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : ASSUMED_RECT)),
  });
  return (
    <div ref={scrollRef} className="all-skipped-rows" tabIndex={0} role="region" aria-label={label}>
      <div role="list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className="all-skipped-row"
              style={{ height: LINE_HEIGHT_PX, transform: `translateY(${item.start}px)` }}
            >
              <bdi>
                {t.skipped.rowLine({
                  row: row.row,
                  id: row.id ? ` (${clipText(row.id, ID_CHARS)})` : '',
                  field: row.field,
                  reason: row.reason,
                })}
              </bdi>
            </div>
          );
        })}
      </div>
    </div>
  );
}
