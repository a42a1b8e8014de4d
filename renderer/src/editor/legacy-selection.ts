/**
 * The "Chuyển mã TCVN3/VNI → Unicode" command: converts the selected text in place, run by run, so bold,
 * italic, underline and footnotes stay where they are, and as one transaction, so one undo brings it back.
 */
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { TextSelection } from '@tiptap/pm/state';
import { legacyToUnicode, type LegacyEncoding } from '../../../core/text/legacy/legacy-decode';
import { detectLegacyEncoding } from '../../../core/text/legacy/legacy-detect';

/** What the clerk picked: let the app judge, or the encoding the old document used. */
export type LegacyChoice = 'auto' | 'tcvn3' | 'tcvn3-upper' | 'vni';

export type SelectionConversion =
  { ok: true; encoding: LegacyEncoding; paragraphs: number } | { ok: false; message: string };

export function convertSelection(editor: Editor, choice: LegacyChoice): SelectionConversion {
  const { state } = editor;
  const { from, to } = state.selection;
  if (from === to) return { ok: false, message: 'Hãy chọn (bôi đen) đoạn chữ cần chuyển mã rồi bấm lại lệnh này.' };
  let encoding: LegacyEncoding;
  if (choice === 'auto') {
    const found = detectLegacyEncoding(state.doc.textBetween(from, to, '\n', ' '));
    if (found.encoding === null) {
      return {
        ok: false,
        message:
          'Không nhận ra chữ mã TCVN3 hay VNI trong đoạn đã chọn. Nếu chắc chắn đó là chữ gõ bằng phông cũ, hãy chọn đúng bảng mã trong danh sách.',
      };
    }
    encoding = found.encoding;
  } else encoding = choice === 'vni' ? 'vni' : 'tcvn3';
  const uppercaseFont = choice === 'tcvn3-upper' ? true : undefined;

  const runs: { start: number; end: number; block: number }[] = [];
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (node.isText)
      runs.push({
        start: Math.max(pos, from),
        end: Math.min(pos + node.nodeSize, to),
        block: state.doc.resolve(pos).before(),
      });
  });
  const tr = state.tr;
  const blocks = new Set<number>();
  // Last run first: positions of the runs before it stay valid while the text length changes.
  for (const run of runs.reverse()) {
    const original = state.doc.textBetween(run.start, run.end);
    const decoded = legacyToUnicode(original, encoding, { uppercaseFont });
    if (decoded === original) continue;
    tr.insertText(decoded, run.start, run.end);
    blocks.add(run.block);
  }
  if (blocks.size === 0) return { ok: false, message: 'Đoạn đã chọn không có chữ nào cần chuyển mã.' };
  tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map(from, -1), tr.mapping.map(to, 1)));
  // Its own undo step: typing just before must not be undone with it.
  editor.view.dispatch(closeHistory(tr));
  return { ok: true, encoding, paragraphs: blocks.size };
}
