import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

type Focus = 'first' | 'last';

/**
 * A menu button (WAI-ARIA APG): the button opens the menu and focus moves to an item; arrow keys,
 * Home and End move between items; Escape closes and returns focus to the button; Tab or a click
 * elsewhere closes it.
 */
export function useMenuButton() {
  const [isOpen, setOpen] = useState(false);
  const [initialFocus, setInitialFocus] = useState<Focus>('first');
  const menuId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  const menuItems = () => [
    ...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []),
  ];

  useEffect(() => {
    if (!isOpen) return;
    const items = menuItems();
    (initialFocus === 'last' ? items.at(-1) : items[0])?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target;
      if (target instanceof Node && !containerRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [isOpen, initialFocus]);

  const open = (focus: Focus) => {
    setInitialFocus(focus);
    setOpen(true);
  };
  /** Closes the menu and puts focus back on its button. */
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const items = menuItems();
    const at = items.findIndex((item) => item === document.activeElement);
    const moveTo = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') moveTo(at + 1);
    else if (event.key === 'ArrowUp') moveTo(at - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(items.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') setOpen(false);
  };

  return {
    isOpen,
    menuId,
    containerRef,
    buttonRef,
    menuRef,
    /** Opens or closes the menu (focus goes to the first item on opening). */
    toggle: () => (isOpen ? setOpen(false) : open('first')),
    close,
    onButtonKeyDown,
    onMenuKeyDown,
  };
}
