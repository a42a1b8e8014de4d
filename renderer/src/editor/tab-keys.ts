/**
 * Tab as a Word user expects it in the report body. In a table the table extension (higher priority) moves
 * between cells. On a "- " line Tab makes it a "+ " line and Shift+Tab makes it a "- " line again, as Word's
 * Tab/Shift+Tab change a list item's level. In any other paragraph Tab does nothing: the printed format
 * indents every paragraph's first line itself (SPEC §5), and the report model has no tab character, so what
 * Word would do there (a tab stop) has nothing to show for it in the exported file. What matters is that Tab
 * never moves the focus away in the middle of a sentence, where the next letter would be lost and a Space would
 * press whatever button got the focus.
 *
 * Keyboard users still need a way out: Esc, then Tab (or Shift+Tab) leaves the editor, the convention of code
 * editors that keep Tab for themselves. The hint is in the editor's accessible description and its toolbar.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Said to screen readers on the editor and shown in its toolbar. */
export const LEAVE_EDITOR_HINT = 'Esc rồi Tab để rời ô soạn thảo';
export const TAB_KEYS_DESCRIPTION = `Tab trên dòng “- ” lùi vào thành dòng “+ ”, Shift+Tab trả lại; trong bảng Tab sang ô kế tiếp. Nhấn ${LEAVE_EDITOR_HINT}.`;

const leaveKey = new PluginKey('leaveOnTab');

export const TabKeys = Extension.create({
  name: 'reportTabKeys',
  // Below the table extension's keymap (100): in a table, Tab moves between cells first.
  priority: 50,

  addKeyboardShortcuts() {
    const setDashLevel = (level: 1 | 2) => () => {
      const { $from, $to } = this.editor.state.selection;
      const parent = $from.parent;
      if (parent.type.name === 'paragraph' && parent.attrs['kind'] === 'dash' && $from.sameParent($to)) {
        if (parent.attrs['level'] !== level) this.editor.commands.updateAttributes('paragraph', { level });
      }
      // Handled either way: the focus stays in the editor.
      return true;
    };
    return { Tab: setDashLevel(2), 'Shift-Tab': setDashLevel(1) };
  },

  addProseMirrorPlugins() {
    // Set by Esc; the Tab right after it is left to the browser, which moves the focus on. Any other key clears it.
    let leaveOnTab = false;
    return [
      new Plugin({
        key: leaveKey,
        props: {
          handleDOMEvents: {
            keydown: (_view, event) => {
              if (event.key === 'Tab' && leaveOnTab && !event.ctrlKey && !event.altKey && !event.metaKey) {
                leaveOnTab = false;
                // True without preventDefault: ProseMirror and the keymaps skip it, the browser moves the focus.
                return true;
              }
              if (event.key !== 'Shift') leaveOnTab = event.key === 'Escape';
              return false;
            },
            blur: () => {
              leaveOnTab = false;
              return false;
            },
          },
        },
      }),
    ];
  },
});
