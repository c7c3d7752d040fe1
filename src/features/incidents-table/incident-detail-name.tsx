import { useLayoutEffect, useRef, useState, type Ref } from 'react';
import { clipText } from '../../lib/bidi';
import { useI18n } from '../../lib/i18n/i18n';

/** Longest part of the name drawn in the heading; the heading is also clamped to three lines. */
const HEADING_TEXT = 300;

interface IncidentDetailNameProps {
  readonly name: string;
  readonly headingId: string;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

/**
 * The detail's heading: the name clamped to three lines (a 1 MB name does not push the fields a
 * page away), its full text in the `title`, and, when it is cut, "Show full name" opens the whole
 * name in a scrollable block.
 */
export function IncidentDetailName({ name, headingId, headingRef }: IncidentDetailNameProps) {
  const { t } = useI18n();
  const shown = clipText(name, HEADING_TEXT);
  const textRef = useRef<HTMLElement>(null);
  const [isClamped, setIsClamped] = useState(false);
  const [isOpen, setIsOpen] = useState(false);
  const fullId = `${headingId}-full`;

  useLayoutEffect(() => {
    const text = textRef.current;
    if (!text) return;
    const measure = () => setIsClamped(text.scrollHeight > text.clientHeight + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(text);
    return () => observer.disconnect();
  }, [shown]);

  const isCut = shown !== name || isClamped;
  return (
    <div className="incident-detail-name">
      <h3 id={headingId} ref={headingRef} tabIndex={-1} title={name}>
        <bdi ref={textRef} className="clamp-lines">
          {shown}
        </bdi>
      </h3>
      {isCut && (
        <button
          type="button"
          className="incident-detail-more"
          aria-expanded={isOpen}
          aria-controls={isOpen ? fullId : undefined}
          onClick={() => setIsOpen((open) => !open)}
        >
          {isOpen ? t.table.hideFullName : t.table.showFullName}
        </button>
      )}
      {isCut && isOpen && (
        // A long name scrolls in its own box; focusable so the keyboard can scroll it.
        <div
          id={fullId}
          className="incident-detail-full-name"
          role="region"
          aria-label={t.table.fullName}
          tabIndex={0}
        >
          <bdi>{name}</bdi>
        </div>
      )}
    </div>
  );
}
