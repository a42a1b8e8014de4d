/**
 * A body editor that does not hold up the first paint of its step. Until the real editor (TipTap, in its own
 * chunk: step-chunks.ts) is mounted, the same text is shown read-only from the model (static-blocks.tsx), in
 * the same frame and at the same size. The editor is mounted once its chunk is there and the browser is idle
 * after the paint — in a transition, so a key typed meanwhile in another field goes first — or at once when
 * the clerk reaches for the text: a press or keyboard focus on it mounts the editor synchronously inside that
 * event, with the caret where the press was (at the end for keyboard focus). Keys typed before the chunk has
 * arrived are kept and typed into the editor when it mounts, at that caret.
 * On a 100-page draft, loading and creating the editor was about a fifth of the cold start.
 */
import { startTransition, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Editor } from '@tiptap/core';
import type { Block } from '../../../core/model/report-schema';
import type { RichTextEditorProps } from '../editor/rich-text-editor';
import { useChunk } from '../app/lazy-chunk';
import { StaticBlocks } from './static-blocks';
import { editorChunk } from './step-chunks';

/** Longest wait for an idle moment before the editor is mounted anyway. */
const IDLE_TIMEOUT_MS = 1000;

const ENTER = 'Enter';
const BACKSPACE = 'Backspace';

/** Where the caret goes when the editor mounts, and the keys typed before it did (characters, ENTER, BACKSPACE). */
interface Reach {
  caret: { x: number; y: number } | 'end';
  typed: string[];
}

/** As TipTap's `isEmpty`: nothing, or one paragraph without text. */
function isEmpty(blocks: readonly Block[]): boolean {
  if (blocks.length === 0) return true;
  const [only] = blocks;
  return (
    blocks.length === 1 && only?.type === 'paragraph' && only.content.every((i) => i.type === 'text' && i.text === '')
  );
}

/** TipTap keeps its editor on the view's element (`dom.editor`). */
function editorIn(root: HTMLElement | null): Editor | null {
  return root?.querySelector<HTMLElement & { editor?: Editor }>('.ProseMirror')?.editor ?? null;
}

/**
 * Puts the caret where the clerk reached and replays what was typed meanwhile: text as typed, Enter and
 * Backspace through the editor's own key handling (so Enter in a "- " line starts another, as when typed).
 */
function applyReach(editor: Editor, reach: Reach): void {
  const at = reach.caret === 'end' ? null : editor.view.posAtCoords({ left: reach.caret.x, top: reach.caret.y });
  editor.commands.focus(at ? at.pos : 'end');
  for (const key of reach.typed) {
    if (key === ENTER || key === BACKSPACE) editor.commands.keyboardShortcut(key);
    else editor.view.dispatch(editor.state.tr.insertText(key));
  }
  // TipTap moves the DOM focus in the next frame; the keys that follow this press may come before it.
  editor.view.focus();
}

export function DeferredRichTextEditor(props: RichTextEditorProps) {
  const module = useChunk(editorChunk, true);
  const [live, setLive] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const reach = useRef<Reach | null>(null);

  // Chunk there: a press that came first mounts it now; otherwise the first idle moment does.
  useEffect(() => {
    if (!module || live) return;
    if (reach.current) {
      setLive(true);
      return;
    }
    const id = requestIdleCallback(() => startTransition(() => setLive(true)), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }, [module, live]);

  // Mounted after a press or keys that came before the chunk: put them into the editor.
  useEffect(() => {
    if (!live || !reach.current) return;
    const editor = editorIn(root.current);
    if (editor) applyReach(editor, reach.current);
    reach.current = null;
  }, [live]);

  const reachFor = (caret: Reach['caret']) => {
    reach.current ??= { caret, typed: [] };
    if (!module) return; // mounted when the chunk arrives; the static text keeps focus and the keys meanwhile
    flushSync(() => setLive(true));
    const editor = editorIn(root.current);
    if (editor && reach.current) applyReach(editor, reach.current);
    reach.current = null;
  };

  const keepKey = (e: KeyboardEvent) => {
    if (!reach.current || e.ctrlKey || e.metaKey || e.altKey || e.nativeEvent.isComposing) return;
    const typed = reach.current.typed;
    if (e.key.length === 1) typed.push(e.key);
    else if (e.key === ENTER) typed.push(ENTER);
    // A character typed meanwhile is simply taken back; otherwise the editor deletes before the caret.
    else if (e.key === BACKSPACE && typed.at(-1)?.length === 1) typed.pop();
    else if (e.key === BACKSPACE) typed.push(BACKSPACE);
    else return;
    e.preventDefault();
  };

  if (live && module) {
    const { RichTextEditor } = module;
    return (
      <div ref={root}>
        <RichTextEditor {...props} />
      </div>
    );
  }
  return (
    <div ref={root}>
      <div className="deferred-editor">
        <div className="deferred-editor-toolbar" aria-hidden />
        <div
          role="textbox"
          aria-label={props.label}
          aria-multiline="true"
          tabIndex={0}
          className="deferred-editor-text"
          onMouseDown={(e: MouseEvent) => {
            // With the chunk there, the press lands on an element about to be replaced: the caret is placed by us.
            if (module) e.preventDefault();
            reachFor({ x: e.clientX, y: e.clientY });
          }}
          onFocus={() => reachFor('end')}
          onKeyDown={keepKey}
        >
          <StaticBlocks blocks={props.initialBlocks} footnoteOffset={props.footnoteOffset} />
          {props.placeholder && isEmpty(props.initialBlocks) && (
            <div className="deferred-editor-placeholder" aria-hidden>
              {props.placeholder}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
