/**
 * Glue between the editor's paste hooks and the conversion notice: converts legacy text on paste, and once
 * the paste lands offers "Hoàn tác", which takes the converted paste back and pastes the original as it was.
 * The offer lapses as soon as the document changes again (the clerk typed on), so it never undoes their work.
 */
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Transaction } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { convertLegacyHtml, convertLegacyText, legacyPasteMessage, type LegacyPasteResult } from './legacy-paste';

export interface LegacyNotice {
  message: string;
  severity: 'success' | 'info' | 'warning';
  undo?: () => void;
}

interface Pending {
  kind: 'html' | 'text';
  original: string;
  result: LegacyPasteResult;
}

export interface LegacyPasteController {
  transformHtml(html: string, view: EditorView): string;
  transformText(text: string, view: EditorView): string;
  /** Call on every editor transaction. */
  onTransaction(editor: Editor, transaction: Transaction): void;
  /** A notice about a conversion the clerk ran (the toolbar command); lapses like the paste notice. */
  showForCurrentDoc(editor: Editor, notice: LegacyNotice): void;
  dismiss(): void;
}

export function legacyPasteController(show: (notice: LegacyNotice | null) => void): LegacyPasteController {
  let pending: Pending | null = null;
  let reinserting = false;
  let noticeDoc: PmNode | null = null;

  const remember = (view: EditorView, kind: Pending['kind'], original: string, result: LegacyPasteResult) => {
    if (reinserting || result.paragraphs === 0) return;
    pending = { kind, original, result };
    // The paste becomes an undo step of its own (not merged with the typing just before it), so "Hoàn tác"
    // takes back the paste and nothing else. The paste itself is dispatched after this, from the fresh state.
    view.dispatch(closeHistory(view.state.tr));
    // The paste lands in the same task; a paste that does not (cancelled by another handler) leaves no offer.
    setTimeout(() => {
      pending = null;
    }, 0);
  };

  const restore = (editor: Editor, p: Pending) => {
    if (editor.isDestroyed || editor.state.doc !== noticeDoc) return show(null);
    noticeDoc = null;
    editor.commands.undo();
    reinserting = true;
    try {
      if (p.kind === 'html') editor.view.pasteHTML(p.original);
      else editor.view.pasteText(p.original);
    } finally {
      reinserting = false;
    }
    editor.view.focus();
    show(null);
  };

  return {
    transformHtml(html, view) {
      if (reinserting) return html;
      const result = convertLegacyHtml(html);
      remember(view, 'html', html, result);
      return result.value;
    },
    transformText(text, view) {
      if (reinserting) return text;
      const result = convertLegacyText(text);
      remember(view, 'text', text, result);
      return result.value;
    },
    onTransaction(editor, transaction) {
      if (!transaction.docChanged) return;
      if (pending) {
        const p = pending;
        pending = null;
        noticeDoc = editor.state.doc;
        show({ message: legacyPasteMessage(p.result), severity: 'success', undo: () => restore(editor, p) });
        return;
      }
      if (noticeDoc && editor.state.doc !== noticeDoc) {
        noticeDoc = null;
        show(null);
      }
    },
    showForCurrentDoc(editor, notice) {
      noticeDoc = editor.state.doc;
      show(notice);
    },
    dismiss() {
      noticeDoc = null;
      show(null);
    },
  };
}
