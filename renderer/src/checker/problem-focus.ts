/**
 * Where a format problem can be fixed on screen: the step (from the checker) plus, when known, the element to
 * scroll to and focus there. Elements carry `data-focus` or `data-section-id` attributes for this.
 */
import type { Problem } from '../../../core/check/format-check';

export function problemFocusSelector(problem: Pick<Problem, 'id'>): string | null {
  const id = problem.id;
  const section = /^(?:empty-heading|heading-period)-(.+)$/.exec(id);
  if (section) return `[data-section-id="${CSS.escape(section[1]!)}"]`;
  if (id === 'number-missing' || id.startsWith('symbol-')) return '[data-focus="symbol"]';
  if (id === 'date-missing') return '[data-focus="date"]';
  if (id === 'placeholder-general' || id === 'tone-style-mixed') return '[data-focus="title"]';
  if (id === 'recipients-archive') return '[data-focus="recipients"]';
  if (id === 'signer-missing' || id === 'authority-prefix') return '[data-focus="signer"]';
  return null;
}

/** Scrolls the element into view and focuses its first field; false when it is not on screen (yet). */
export function focusProblemTarget(selector: string, root: ParentNode = document): boolean {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  const field = el.matches('input, textarea, [contenteditable="true"]') ? el : el.querySelector<HTMLElement>('input, textarea, [contenteditable="true"]');
  (field ?? el).focus({ preventScroll: true });
  return true;
}
