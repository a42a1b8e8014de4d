/**
 * Moving to another step with "Tiếp theo" / "Quay lại" puts the focus on the new step's first field, so a
 * keyboard user goes on typing there instead of tabbing back from the bottom button through the whole step. A
 * step without fields (Xem lại và xuất) focuses its heading. The chapter step's code may still be loading
 * when the step changes, so the field is looked for over the next frames, for at most FIND_FOR_MS.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

const FIND_FOR_MS = 3000;
const FIELD = [
  'input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]):not([disabled])',
  'textarea:not([disabled])',
  '[role="textbox"]',
].join(', ');

/** The first field of the step shown, not counting the step buttons at the bottom. */
function firstField(main: HTMLElement): HTMLElement | null {
  for (const el of main.querySelectorAll<HTMLElement>(FIELD)) {
    if (el.closest('.wz-step-nav') || el.getAttribute('aria-hidden') === 'true') continue;
    if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
    return el;
  }
  return null;
}

/** The caret after what the field already holds, where the clerk goes on typing. */
function focusAtEnd(field: HTMLElement): void {
  field.focus();
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    const end = field.value.length;
    // Some input types (number, date) have no caret to place.
    if (field.selectionStart !== null) field.setSelectionRange(end, end);
  }
}

/**
 * Returns `goToAndFocus(key)`: opens the step and focuses its first field once it is on screen. `main`
 * holds the step; its `h1` (made focusable here) is the fallback.
 */
export function useStepFocus(
  main: RefObject<HTMLElement | null>,
  currentKey: string,
  goTo: (key: string) => void,
): (key: string) => void {
  const wanted = useRef<string | null>(null);

  useEffect(() => {
    if (wanted.current !== currentKey) return;
    wanted.current = null;
    const started = performance.now();
    let frame = 0;
    const tryFocus = () => {
      const root = main.current;
      if (!root) return;
      const field = firstField(root);
      if (field) return focusAtEnd(field);
      if (performance.now() - started < FIND_FOR_MS && root.querySelector('[role="progressbar"]')) {
        frame = requestAnimationFrame(tryFocus);
        return;
      }
      const heading = root.querySelector<HTMLElement>('h1');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus();
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [currentKey, main]);

  return useCallback(
    (key: string) => {
      wanted.current = key;
      goTo(key);
    },
    [goTo],
  );
}
