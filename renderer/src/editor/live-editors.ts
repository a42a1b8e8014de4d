/**
 * The body editors mounted right now, by the block list they edit. The find panel changes the report as a
 * whole; an open editor is seeded once and would not see that, so the panel hands each open editor its new
 * blocks as an edit of its own (one step of the editor's undo history, as Word does), instead of starting
 * the editors afresh and losing what Ctrl+Z could take back.
 */
import type { Block } from '../../../core/model/report-schema';
import type { EditorPlace } from './editor-place';

export interface LiveEditor {
  /**
   * Makes the editor show `blocks`, as one undoable step that is not reported up again (the report has it).
   * Returns a token for `undoApplied`, or null when the editor already showed them.
   */
  apply(blocks: Block[]): object | null;
  /** Whether the editor still shows what `apply` left (nothing typed since). */
  stillShows(token: object): boolean;
  /** Takes back the step `apply` returned `token` for, if it is still the editor's last one; says whether it did. */
  undoApplied(token: object): boolean;
}

const open = new Map<EditorPlace, LiveEditor>();

/** Registers a mounted editor; returns its unregistration (a later editor of the same place wins). */
export function registerLiveEditor(place: EditorPlace, editor: LiveEditor): () => void {
  open.set(place, editor);
  return () => {
    if (open.get(place) === editor) open.delete(place);
  };
}

export function liveEditors(): ReadonlyMap<EditorPlace, LiveEditor> {
  return open;
}
