/**
 * Where a format problem can be fixed on screen: the step (from the checker) plus, when known, the element to
 * scroll to and focus there. Elements carry `data-focus` or `data-section-id` attributes for this; a problem in
 * a table cell (the statistics check) puts the caret in that cell of the editor holding the table.
 */
import type { Editor } from '@tiptap/core';
import type { Problem, TableCellTarget } from '../../../core/check/format-check';
import { REQUIRED_HEADER_PREFIX } from '../../../core/check/header-check';
import { selectTableCell } from '../editor/select-table-cell';

export function problemFocusSelector(problem: Pick<Problem, 'id'>): string | null {
  const id = problem.id;
  const section = /^(?:empty-heading|heading-period)-(.+)$/.exec(id);
  if (section) return `[data-section-id="${CSS.escape(section[1]!)}"]`;
  // A required header field: its own field (core/check/header-check.ts names them).
  if (id.startsWith(REQUIRED_HEADER_PREFIX))
    return `[data-focus="${CSS.escape(id.slice(REQUIRED_HEADER_PREFIX.length))}"]`;
  if (id === 'number-missing' || id.startsWith('symbol-')) return '[data-focus="symbol"]';
  if (id === 'date-missing' || id === 'date-invalid') return '[data-focus="date"]';
  if (id === 'placeholder-general' || id === 'tone-style-mixed') return '[data-focus="title"]';
  if (id === 'recipients-archive') return '[data-focus="recipients"]';
  if (id === 'recipients-empty') return '[data-focus="recipient-empty"]';
  if (id === 'signer-missing' || id === 'authority-prefix') return '[data-focus="signer"]';
  return null;
}

/** Scrolls the element into view and focuses its first field; false when it is not on screen (yet). */
export function focusProblemTarget(selector: string, root: ParentNode = document): boolean {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  const field = el.matches('input, textarea, [contenteditable="true"]')
    ? el
    : el.querySelector<HTMLElement>('input, textarea, [contenteditable="true"]');
  (field ?? el).focus({ preventScroll: true });
  return true;
}

type EditorElement = HTMLElement & { editor?: Editor };

/**
 * The element around the editor of the block list holding the table: the opening and closing editors by their
 * test ids, a sub-section's editor inside its card, a chapter's own editor outside every card, an appendix's
 * inside its card on the Phụ lục step.
 */
export function editorHost(
  place: TableCellTarget['place'],
  root: ParentNode,
): { host: HTMLElement | null; editor: EditorElement | null } {
  const own = (container: Element | null) =>
    container
      ? ([...container.querySelectorAll<EditorElement>('.ProseMirror')].find(
          (el) =>
            el.parentElement?.closest('[data-section-id]') ===
            (container.matches('[data-section-id]') ? container : null),
        ) ?? null)
      : null;
  switch (place.kind) {
    case 'opening':
    case 'closing': {
      const host = root.querySelector<HTMLElement>(`[data-testid="editor-${place.kind}"]`);
      return { host, editor: host?.querySelector<EditorElement>('.ProseMirror') ?? null };
    }
    case 'section': {
      if (place.sectionId === place.chapterId) {
        const main = root.querySelector<HTMLElement>('.wz-main');
        return { host: main, editor: own(main) };
      }
      const host = root.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(place.sectionId)}"]`);
      return { host, editor: own(host) };
    }
    case 'appendix': {
      const host = root.querySelector<HTMLElement>(`[data-appendix-id="${CSS.escape(place.appendixId)}"]`);
      return { host, editor: host?.querySelector<EditorElement>('.ProseMirror') ?? null };
    }
  }
}

/**
 * Leads to where the problem is fixed, once its step is on screen: the table cell, or the field of the
 * selector. False while that is not rendered yet (lazy editors), so the caller tries again.
 */
export function focusProblem(problem: Pick<Problem, 'id' | 'target'>, root: ParentNode = document): boolean {
  const target = problem.target;
  if (!target) {
    const selector = problemFocusSelector(problem);
    return selector === null || focusProblemTarget(selector, root);
  }
  const { host, editor } = editorHost(target.place, root);
  if (!editor?.editor) {
    // Bring the card near the viewport: off-screen cards skip rendering until they are close to it.
    host?.scrollIntoView({ block: 'center' });
    return false;
  }
  return selectTableCell(editor.editor, target.tableIndex, target.row, target.column) || (editor.focus(), true);
}
