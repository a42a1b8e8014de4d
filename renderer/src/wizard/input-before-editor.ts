/**
 * What a clerk does in a body's read-only text before its editor is mounted (deferred-rich-text.tsx), kept in
 * order and done again in the editor once it is there, as the editor itself would have done it: characters as
 * typed; Enter, Shift+Enter, Backspace, Delete and Ctrl+A/B/I/U through the editor's own key handling (Enter in
 * a "- " line starts another, Ctrl+A selects the whole text); Backspace and Delete that the editor leaves to the
 * browser delete one character, as the browser would; a paste through the editor's paste clean-up.
 */
import type { Editor } from '@tiptap/core';

type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'keyCode' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

export type InputBeforeEditor =
  { kind: 'text'; text: string } | { kind: 'key'; press: KeyPress } | { kind: 'paste'; html: string; text: string };

/** Keys the editor acts on by itself, without Ctrl or Alt (Shift+Enter is a line break). */
const EDITING_KEYS = new Set(['Enter', 'Backspace', 'Delete']);
/**
 * With Ctrl (⌘ on a Mac): select all, bold, italic, underline — what is pressed before writing. Other Ctrl keys
 * keep their own meaning (Ctrl+C/X/V fire the clipboard's events, Ctrl+F opens the find panel, Ctrl+R reloads).
 */
const MOD_KEYS = new Set(['a', 'b', 'i', 'u']);

/**
 * Keeps a key pressed on the read-only text in `kept`, or takes back the last character kept (Backspace right
 * after typing). True when the key was kept or used, so its default action must not happen.
 */
export function keepKeyBeforeEditor(kept: InputBeforeEditor[], e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.isComposing) return false;
  const mod = e.ctrlKey || e.metaKey;
  const last = kept.at(-1);
  // AltGr (Ctrl+Alt on Windows) types characters on some keyboards; Alt+letter is a menu key there.
  if ([...e.key].length === 1 && ((!mod && !e.altKey) || e.getModifierState('AltGraph'))) {
    if (last?.kind === 'text') last.text += e.key;
    else kept.push({ kind: 'text', text: e.key });
    return true;
  }
  if (e.key === 'Backspace' && !mod && !e.altKey && last?.kind === 'text') {
    last.text = [...last.text].slice(0, -1).join('');
    if (last.text === '') kept.pop();
    return true;
  }
  const editing = EDITING_KEYS.has(e.key) && !mod && !e.altKey;
  const shortcut = mod && !e.altKey && !e.shiftKey && MOD_KEYS.has(e.key.toLowerCase());
  if (!editing && !shortcut) return false;
  const { key, code, keyCode, shiftKey, ctrlKey, metaKey, altKey } = e;
  kept.push({ kind: 'key', press: { key, code, keyCode, shiftKey, ctrlKey, metaKey, altKey } });
  return true;
}

/** A paste on the read-only text, kept for the editor. */
export function keepPasteBeforeEditor(kept: InputBeforeEditor[], data: DataTransfer): void {
  kept.push({ kind: 'paste', html: data.getData('text/html'), text: data.getData('text/plain') });
}

/** Does in `editor`, at its caret, what was kept, in order. */
export function replayInputBeforeEditor(editor: Editor, kept: readonly InputBeforeEditor[]): void {
  const { view } = editor;
  for (const input of kept) {
    if (input.kind === 'text') view.dispatch(view.state.tr.insertText(input.text));
    else if (input.kind === 'paste' && input.html !== '') view.pasteHTML(input.html);
    else if (input.kind === 'paste') view.pasteText(input.text);
    else replayKey(editor, input.press);
  }
}

/**
 * The key as the editor's keydown handlers see a real one. Not TipTap's `keyboardShortcut` command: it drops the
 * key code and always answers true, and whether the editor took the key decides the browser-like fallback.
 */
function replayKey(editor: Editor, press: KeyPress): void {
  const { view } = editor;
  const event = new KeyboardEvent('keydown', { ...press, bubbles: true, cancelable: true });
  if (view.someProp('handleKeyDown', (handle) => handle(view, event))) return;
  if (press.key === 'Backspace') deleteCharacter(editor, -1);
  else if (press.key === 'Delete') deleteCharacter(editor, 1);
}

/** What the browser does with Backspace (-1) or Delete (1) inside a line: one character, or the selection. */
function deleteCharacter(editor: Editor, direction: -1 | 1): void {
  const { state } = editor.view;
  if (!state.selection.empty) {
    editor.view.dispatch(state.tr.deleteSelection());
    return;
  }
  const $caret = state.selection.$from;
  const node = direction < 0 ? $caret.nodeBefore : $caret.nodeAfter;
  if (!node) return;
  // A whole code point of text (not half a surrogate pair), or an inline node such as a footnote.
  const characters = node.isText ? [...(node.text ?? '')] : [];
  const size = node.isText ? (direction < 0 ? characters.at(-1) : characters[0])!.length : node.nodeSize;
  const from = direction < 0 ? $caret.pos - size : $caret.pos;
  editor.view.dispatch(state.tr.delete(from, from + size));
}
