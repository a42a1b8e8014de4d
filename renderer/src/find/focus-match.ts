/**
 * Leads to a find match once its step is on screen: a field is focused with the matched text selected; in a
 * body editor the matched text is selected (a footnote's reference, for a match inside the footnote; the table,
 * for its caption or unit line), scrolled to the middle of the screen and briefly highlighted. False while the
 * editor holding the match is not mounted yet (use-problem-focus tries again when it is). Only the editor's
 * own commands are used (no ProseMirror import), so this adds nothing of the editor chunk to the main bundle.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ReportMatch } from '../../../core/text/find/report-find';
import type { InlineSlot } from '../../../core/text/find/report-slots';
import { editorHost } from '../checker/problem-focus';

export type MatchTarget = ReportMatch & { stepKey: string };

/** The match with its step on top, as the step-focus hook wants it. */
export function matchTarget(match: ReportMatch): MatchTarget {
  return { ...match, stepKey: match.slot.stepKey };
}

const HIGHLIGHT: Keyframe[] = [
  { backgroundColor: 'rgba(237, 108, 2, 0.45)' },
  { backgroundColor: 'rgba(237, 108, 2, 0)' },
];

function focusField(field: string, match: ReportMatch, root: ParentNode): boolean {
  const host = root.querySelector<HTMLElement>(`[data-find-field="${CSS.escape(field)}"]`);
  const input = host?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
  // Fields render with their step: one that is not there (a field shown differently) is not waited for.
  if (!input) return true;
  input.scrollIntoView({ block: 'center' });
  // Selected before the focus too: a stand-in field (deferred-abbreviation-field) hands the selection it has
  // when focused over to the real one.
  input.setSelectionRange(match.start, match.end);
  input.focus({ preventScroll: true });
  input.setSelectionRange(match.start, match.end);
  return true;
}

/** Position just inside the `index`-th child of the node at `pos` (the node's content starts at pos + 1). */
function childPos(node: PMNode, pos: number, index: number): { node: PMNode; pos: number } | null {
  if (index >= node.childCount) return null;
  let at = pos + 1;
  for (let i = 0; i < index; i++) at += node.child(i).nodeSize;
  return { node: node.child(index), pos: at };
}

/** The paragraph node holding the slot's text and its position, in the editor's document. */
function paragraphOf(doc: PMNode, slot: Pick<InlineSlot, 'block' | 'cell'>): { node: PMNode; pos: number } | null {
  // The document's own content starts at 0, not 1.
  const block = childPos(doc, -1, slot.block);
  if (!block || !slot.cell) return block;
  const row = childPos(block.node, block.pos, slot.cell.row);
  const cell = row && childPos(row.node, row.pos, slot.cell.index);
  return cell && childPos(cell.node, cell.pos, slot.cell.paragraph);
}

function reveal(editor: Editor, pos: number): void {
  editor.view.focus();
  const dom = editor.view.nodeDOM(pos) ?? editor.view.domAtPos(pos).node;
  const el = dom instanceof HTMLElement ? dom : dom.parentElement;
  el?.scrollIntoView({ block: 'center' });
  if (el && dom instanceof HTMLElement) el.animate?.(HIGHLIGHT, { duration: 1500, easing: 'ease-out' });
}

/** What to select for a match in an editor's document: its text, or a node (a footnote's reference, a table). */
export type MatchSelection = { kind: 'text'; from: number; to: number } | { kind: 'node'; pos: number };

/** Where the match sits in the editor's document; null when the document has no such place (it changed). */
export function matchSelection(doc: PMNode, match: ReportMatch): MatchSelection | null {
  const { slot } = match;
  if (slot.kind === 'table-label') {
    const table = childPos(doc, -1, slot.block);
    return table?.node.type.name === 'table' ? { kind: 'node', pos: table.pos } : null;
  }
  if (slot.kind !== 'inline') return null;
  const paragraph = paragraphOf(doc, slot);
  if (!paragraph?.node.isTextblock) return null;
  const start = paragraph.pos + 1;
  if (slot.footnote) {
    const pos = start + slot.footnote.at;
    return doc.nodeAt(pos)?.type.name === 'footnote' ? { kind: 'node', pos } : null;
  }
  if (match.end > paragraph.node.content.size) return null;
  return { kind: 'text', from: start + match.start, to: start + match.end };
}

/** Selects the match in the editor; false when the document has no such place (it changed meanwhile). */
function selectInEditor(editor: Editor, match: ReportMatch): boolean {
  if (editor.isDestroyed) return false;
  const target = matchSelection(editor.state.doc, match);
  if (!target) return false;
  if (target.kind === 'text') {
    editor.commands.setTextSelection(target);
    reveal(editor, target.from);
  } else if (match.slot.kind === 'table-label') {
    // The caption and unit line are edited with the table: the caret goes to its first cell.
    editor.commands.setTextSelection(target.pos + 1);
    reveal(editor, target.pos);
  } else {
    editor.commands.setNodeSelection(target.pos);
    reveal(editor, target.pos);
  }
  return true;
}

export function focusMatch(match: MatchTarget, root: ParentNode = document): boolean {
  const { slot } = match;
  if (slot.kind === 'field') return focusField(slot.field, match, root);
  const { host, editor } = editorHost(slot.place, root);
  if (!editor?.editor) {
    // Bring the card near the viewport: off-screen cards skip rendering until they are close to it.
    host?.scrollIntoView({ block: 'center' });
    return false;
  }
  // The document changed under the match: nothing to select, but nothing to wait for either.
  return selectInEditor(editor.editor, match) || true;
}
