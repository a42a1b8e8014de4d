/**
 * Tells whoever waits for a body editor that one has just been mounted into the page. Editors appear later
 * than the step around them (the chapter step's code arrives after its first paint; the opening, closing and
 * appendix editors mount when the browser is idle), so code that must reach into an editor — the checker's
 * click-through to a table cell — waits for this signal instead of polling the page.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let announced = false;

/**
 * Called by an editor once its view is in the document. The listeners run once per batch, after the current
 * task's other mounts (a chapter mounts all its editors in one commit), so they see the whole new step.
 */
export function announceEditorMounted(): void {
  if (announced) return;
  announced = true;
  queueMicrotask(() => {
    announced = false;
    for (const listener of [...listeners]) listener();
  });
}

/** Calls `listener` after each batch of editor mounts; returns how to stop. */
export function onEditorMounted(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
