/** The toolbar's "Chuyển mã TCVN3/VNI → Unicode" for one editor: runs the conversion and says what it did. */
import { useCallback } from 'react';
import type { Editor } from '@tiptap/core';
import { convertSelection, type LegacyChoice } from './legacy-selection';
import type { LegacyPasteController } from './legacy-paste-controller';

const LABEL = { tcvn3: 'TCVN3', vni: 'VNI' } as const;

/**
 * Focus goes back to the text synchronously (view.focus, not TipTap's focus command, which refocuses a frame
 * later and would then reset a selection the clerk has made in the meantime).
 */
export function useLegacySelectionCommand(
  editor: Editor,
  legacy: LegacyPasteController,
): (choice: LegacyChoice) => void {
  return useCallback(
    (choice: LegacyChoice) => {
      const result = convertSelection(editor, choice);
      if (!result.ok) {
        legacy.showForCurrentDoc(editor, { message: result.message, severity: 'info' });
        editor.view.focus();
        return;
      }
      const converted = editor.state.doc;
      legacy.showForCurrentDoc(editor, {
        message: `Đã chuyển ${result.paragraphs} đoạn đã chọn từ mã ${LABEL[result.encoding]} sang Unicode.`,
        severity: 'success',
        undo: () => {
          if (editor.state.doc === converted) editor.commands.undo();
          editor.view.focus();
          legacy.dismiss();
        },
      });
      editor.view.focus();
    },
    [editor, legacy],
  );
}
