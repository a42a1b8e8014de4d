/**
 * Brings an open editor to new blocks from the report (a replacement made in the find panel) as one edit of
 * its own: only the range that differs is replaced, so the caret and the rest of the document stay, and the
 * edit is one step of the undo history, apart from the typing before and after it (Ctrl+Z takes back just it).
 */
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Block } from '../../../core/model/report-schema';
import { blocksToDoc } from './blocks-to-doc';

/** Meta of a transaction that came from the report: the editor does not report it up again. */
export const FROM_REPORT = 'fromReport';

/** Dispatches the change; returns the document it left, or null when the editor already showed `blocks`. */
export function showBlocks(editor: Editor, blocks: Block[]): Editor['state']['doc'] | null {
  const next = editor.schema.nodeFromJSON(blocksToDoc(blocks));
  const doc = editor.state.doc;
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
  const tr = closeHistory(editor.state.tr.replace(start, endA, next.slice(start, endB)));
  editor.view.dispatch(tr.setMeta(FROM_REPORT, true));
  // What is typed next starts a step of its own instead of joining this one.
  editor.view.dispatch(closeHistory(editor.state.tr));
  return editor.state.doc;
}
