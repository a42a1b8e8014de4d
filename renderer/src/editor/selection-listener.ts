/**
 * ProseMirror's view listens to the document's `selectionchange` for as long as it exists, and an editable
 * view ignores the event unless it has focus. A long chapter has some 130 editors, so every keystroke's
 * selectionchange ran 130 listeners (about 1.5 ms before the next frame's work could be measured done) for
 * the one that acts. This keeps the listener on the focused editor only: ProseMirror reconnects it through
 * its DOM observer's `start()` on focus and on blur, and that is where the check applies.
 *
 * `domObserver` is internal to prosemirror-view (1.42): when it is missing or changes shape this does nothing,
 * and every editor keeps its listener as before.
 */
import type { EditorView } from '@tiptap/pm/view';

interface SelectionObserver {
  connectSelection: () => void;
  disconnectSelection: () => void;
}

export function listenToSelectionOnlyWhenFocused(view: EditorView): void {
  const observer = (view as unknown as { domObserver?: Partial<SelectionObserver> }).domObserver;
  if (
    !observer ||
    typeof observer.connectSelection !== 'function' ||
    typeof observer.disconnectSelection !== 'function'
  )
    return;
  const connect = observer.connectSelection.bind(observer);
  observer.connectSelection = () => {
    if (!view.editable || view.hasFocus()) connect();
  };
  if (view.editable && !view.hasFocus()) observer.disconnectSelection();
}
