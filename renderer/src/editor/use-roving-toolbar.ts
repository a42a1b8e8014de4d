/**
 * One Tab stop for a whole toolbar, with the arrow keys inside it, as ARIA toolbars work (roving tabindex):
 * Left/Right move to the previous/next button (wrapping), Home/End to the first/last; the button last used
 * keeps the Tab stop. Without it every editor of a step added seven Tab stops between the clerk and the text.
 *
 * The tabindex is set on the DOM after each render of the toolbar (it re-renders only when its pressed states
 * change, never per keystroke). A toolbar nested inside another (the table tools) is its own group.
 */
import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const TOOLBAR = '[role="toolbar"]';

function itemsOf(toolbar: HTMLElement): HTMLElement[] {
  return [...toolbar.querySelectorAll<HTMLElement>('button:not([disabled])')].filter(
    (b) => b.closest(TOOLBAR) === toolbar,
  );
}

/** Makes each item of `toolbar` focusable (0) or not (-1), the active one (else the first) keeping the Tab stop. */
function syncTabStops(toolbar: HTMLElement, active: HTMLElement | null): void {
  const items = itemsOf(toolbar);
  const current = active && items.includes(active) ? active : items[0];
  for (const item of items) item.tabIndex = item === current ? 0 : -1;
}

/** `toolbar` is the element with role="toolbar"; spread the returned handlers on it. */
export function useRovingToolbar(toolbar: RefObject<HTMLElement | null>) {
  const active = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    if (toolbar.current) syncTabStops(toolbar.current, active.current);
  });

  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    const target = e.target;
    if (target instanceof HTMLElement && target.closest(TOOLBAR) === e.currentTarget && target.matches('button')) {
      active.current = target;
      syncTabStops(e.currentTarget, target);
    }
  }, []);

  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>) => {
    const target = e.target;
    if (!(target instanceof HTMLElement) || target.closest(TOOLBAR) !== e.currentTarget) return;
    const items = itemsOf(e.currentTarget);
    const at = items.indexOf(target);
    if (at < 0) return;
    const next =
      e.key === 'ArrowRight'
        ? items[(at + 1) % items.length]
        : e.key === 'ArrowLeft'
          ? items[(at - 1 + items.length) % items.length]
          : e.key === 'Home'
            ? items[0]
            : e.key === 'End'
              ? items.at(-1)
              : undefined;
    if (!next) return;
    e.preventDefault();
    active.current = next;
    syncTabStops(e.currentTarget, next);
    next.focus();
  }, []);

  return { onFocus, onKeyDown };
}
