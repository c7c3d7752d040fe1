import { useEffect, useRef, type RefObject } from 'react';

function findRowButton(container: HTMLElement | null, id: string): HTMLButtonElement | undefined {
  if (!container) return undefined;
  const buttons = container.querySelectorAll<HTMLButtonElement>('button[data-incident-id]');
  return Array.from(buttons).find((button) => button.dataset.incidentId === id);
}

/**
 * When the detail panel for `openId` closes, focus goes back to the row button that opened it, as
 * long as that row is still rendered and focus was not moved somewhere else on purpose (it falls
 * back to `<body>` when the focused panel is removed).
 */
export function useReturnFocus(openId: string | null, container: RefObject<HTMLElement | null>) {
  const lastOpenId = useRef<string | null>(null);
  useEffect(() => {
    const closedId = lastOpenId.current;
    lastOpenId.current = openId;
    if (openId !== null || closedId === null) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    findRowButton(container.current, closedId)?.focus();
  }, [openId, container]);
}
