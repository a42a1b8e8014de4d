/**
 * A replacement (or its undo) reaches the body editors that are open: each one whose block list differs
 * between the two reports gets the new blocks as an edit in its own undo history (editor/show-blocks.ts).
 * Editors that are not open read the report when they open, as always.
 */
import type { Report } from '../../../core/model/report-schema';
import { blocksAtPlace } from '../editor/editor-place';
import { liveEditors, type LiveEditor } from '../editor/live-editors';

export interface AppliedEdit {
  editor: LiveEditor;
  token: object;
}

export function showInOpenEditors(from: Report, to: Report): AppliedEdit[] {
  const applied: AppliedEdit[] = [];
  for (const [place, editor] of liveEditors()) {
    const before = blocksAtPlace(from, place);
    const after = blocksAtPlace(to, place);
    if (!after || after === before) continue;
    const token = editor.apply(after);
    if (token) applied.push({ editor, token });
  }
  return applied;
}
