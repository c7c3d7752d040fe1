import { useLayoutEffect, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import { useMenuButton } from './use-menu-button';

export interface ExportMenuItem {
  readonly label: string;
  readonly onSelect: () => void;
  /** A choice that is on or off (a menuitemcheckbox): choosing it toggles it, the menu stays. */
  readonly checked?: boolean;
}

interface ExportMenuProps {
  /** The button's accessible name, e.g. `Export Thefts over time`. */
  readonly label: string;
  readonly items: readonly ExportMenuItem[];
}

/**
 * An "Export" menu button; choosing an item closes the menu, returns focus and runs the item. A
 * checkbox item toggles in place.
 */
export function ExportMenu({ label, items }: ExportMenuProps) {
  const { t } = useI18n();
  const { isOpen, menuId, containerRef, buttonRef, menuRef, toggle, close, ...keys } =
    useMenuButton();
  // The list opens under the button, its right edges aligned; where that would run off the left
  // of the screen (a phone, where the button sits on the left), its left edges are aligned.
  const [isStartAligned, setStartAligned] = useState(false);
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const button = buttonRef.current;
    if (!isOpen || !menu || !button) return;
    const overflows = button.getBoundingClientRect().right - menu.offsetWidth < 0;
    // Measuring the opened list, then placing it, is what a layout effect is for.
    setStartAligned(overflows);
  }, [isOpen, menuRef, buttonRef]);
  return (
    <div className="export-menu" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="export-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        onClick={toggle}
        onKeyDown={keys.onButtonKeyDown}
      >
        {t.charts.export} <span aria-hidden="true">▾</span>
      </button>
      {isOpen && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          className={isStartAligned ? 'export-items is-start-aligned' : 'export-items'}
          aria-label={label}
          onKeyDown={keys.onMenuKeyDown}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                tabIndex={-1}
                {...(item.checked === undefined
                  ? { role: 'menuitem' }
                  : { role: 'menuitemcheckbox', 'aria-checked': item.checked })}
                onClick={() => {
                  if (item.checked === undefined) close();
                  item.onSelect();
                }}
              >
                {item.checked !== undefined && (
                  <span className="menu-check" aria-hidden="true">
                    {item.checked ? '☑' : '☐'}
                  </span>
                )}
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
