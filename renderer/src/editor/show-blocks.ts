/**
 * Brings an open editor to new blocks from the report (a replacement made in the find panel) as one edit of
 * its own: only the range that differs is replaced, so the caret and the rest of the document stay, and the
 * edit is one step of the undo history, apart from the typing before and after it (Ctrl+Z takes back just it).
 */
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { Block } from '../../../core/model/report-schema';
import { blocksToDoc } from './blocks-to-doc';

/** Meta of a transaction that came from the report: the editor does not report it up again. */
export const FROM_REPORT = 'fromReport';

/** The edit that makes `state` show `blocks`, a history step of its own; null when it already does. */
export function showBlocksTransaction(state: EditorState, blocks: Block[]): Transaction | null {
  const next = state.schema.nodeFromJSON(blocksToDoc(blocks));
  const doc = state.doc;
  const start = doc.content.findDiffStart(next.content);
  if (start === null) return null;
  const end = doc.content.findDiffEnd(next.content);
  if (!end) return null;
  let { a: endA, b: endB } = end;
  // Repeated text around the change can make the two ends cross; move both ends past the start.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return closeHistory(state.tr.replace(start, endA, next.slice(start, endB))).setMeta(FROM_REPORT, true);
}

/** Dispatches the change; returns the document it left, or null when the editor already showed `blocks`. */
export function showBlocks(editor: Editor, blocks: Block[]): Editor['state']['doc'] | null {
  const tr = showBlocksTransaction(editor.state, blocks);
  if (!tr) return null;
  editor.view.dispatch(tr);
  // What is typed next starts a step of its own instead of joining this one.
  editor.view.dispatch(closeHistory(editor.state.tr));
  return editor.state.doc;
}
