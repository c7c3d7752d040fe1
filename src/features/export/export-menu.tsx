import { useI18n } from '../../lib/i18n/i18n';
import { useMenuButton } from './use-menu-button';

export interface ExportMenuItem {
  readonly label: string;
  readonly onSelect: () => void;
}

interface ExportMenuProps {
  /** The button's accessible name, e.g. `Export Thefts over time`. */
  readonly label: string;
  readonly items: readonly ExportMenuItem[];
}

/** An "Export" menu button; choosing an item closes the menu, returns focus and runs the item. */
export function ExportMenu({ label, items }: ExportMenuProps) {
  const { t } = useI18n();
  const { isOpen, menuId, containerRef, buttonRef, menuRef, toggle, close, ...keys } =
    useMenuButton();
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
          className="export-items"
          aria-label={label}
          onKeyDown={keys.onMenuKeyDown}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
