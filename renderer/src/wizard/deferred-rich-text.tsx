/**
 * A body editor that does not hold up the first paint of its step. Until the real editor (TipTap, in its own
 * chunk: step-chunks.ts) is mounted, the same text is shown read-only from the model (static-blocks.tsx), in
 * the same frame and at the same size. The editor is mounted once its chunk is there and the browser is idle
 * after the paint — in a transition, so a key typed meanwhile in another field goes first — or at once when
 * the clerk reaches for the text: a press or keyboard focus on it mounts the editor synchronously inside that
 * event, with the caret where the press was (at the end for keyboard focus). What the clerk types, presses or
 * pastes before the chunk has arrived is kept and done in the editor when it mounts, at that caret
 * (input-before-editor.ts).
 * On a 100-page draft, loading and creating the editor was about a fifth of the cold start.
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Editor } from '@tiptap/core';
import type { Block } from '../../../core/model/report-schema';
import type { RichTextEditorProps } from '../editor/rich-text-editor';
import { useChunk } from '../app/lazy-chunk';
import { StaticBlocks } from './static-blocks';
import { editorChunk } from './step-chunks';
import {
  keepKeyBeforeEditor,
  keepPasteBeforeEditor,
  replayInputBeforeEditor,
  type InputBeforeEditor,
} from './input-before-editor';

/** Longest wait for an idle moment before the editor is mounted anyway. */
const IDLE_TIMEOUT_MS = 1000;

/** Where the caret goes when the editor mounts, and what the clerk did before it did. */
interface Reach {
  caret: { x: number; y: number } | 'end';
  input: InputBeforeEditor[];
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

/** Puts the caret where the clerk reached and does what was typed, pressed or pasted meanwhile. */
function applyReach(editor: Editor, reach: Reach): void {
  const at = reach.caret === 'end' ? null : editor.view.posAtCoords({ left: reach.caret.x, top: reach.caret.y });
  editor.commands.focus(at ? at.pos : 'end');
  replayInputBeforeEditor(editor, reach.input);
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

  // Mounted after a press or keys that came before the chunk: put them into the editor before the next key
  // can arrive (a layout effect: the read-only text that had the focus is gone by now, the editor is there).
  useLayoutEffect(() => {
    if (!live || !reach.current) return;
    const editor = editorIn(root.current);
    if (editor) applyReach(editor, reach.current);
    reach.current = null;
  }, [live]);

  const reachFor = (caret: Reach['caret']) => {
    reach.current ??= { caret, input: [] };
    if (!module) return; // mounted when the chunk arrives; the static text keeps focus and the keys meanwhile
    flushSync(() => setLive(true));
    const editor = editorIn(root.current);
    if (editor && reach.current) applyReach(editor, reach.current);
    reach.current = null;
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
          onKeyDown={(e) => {
            if (reach.current && keepKeyBeforeEditor(reach.current.input, e.nativeEvent)) e.preventDefault();
          }}
          onPaste={(e) => {
            if (!reach.current) return;
            keepPasteBeforeEditor(reach.current.input, e.clipboardData);
            e.preventDefault();
          }}
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
