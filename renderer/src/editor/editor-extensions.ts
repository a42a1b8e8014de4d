/**
 * The editor schema, cut down to what the report model can hold: paragraphs (ordinary, "- ", numbered),
 * bold/italic/underline, footnotes, line breaks and tables (merged cells, widths, alignment, header and total
 * rows, caption and unit). Anything else pasted from Word (fonts, colours, headings, images, links) has no node
 * or mark here, so ProseMirror drops it and keeps the text.
 *
 * The extensions are imported one by one rather than through StarterKit: StarterKit imports all of its
 * extensions (links with linkifyjs, lists, code blocks, headings…) even when configured off, which put ~25 KB
 * gzip of unused code in the renderer. These are exactly the ones StarterKit enabled with the old
 * configuration (trailingNode off), in StarterKit's order so keymap priorities stay the same; the hard break
 * (Shift+Enter) is our own node, and the table nodes carry the model's table settings (table-nodes.ts).
 */
import type { Extensions } from '@tiptap/core';
import { Bold } from '@tiptap/extension-bold';
import { Document } from '@tiptap/extension-document';
import { Italic } from '@tiptap/extension-italic';
import { Text } from '@tiptap/extension-text';
import { Underline } from '@tiptap/extension-underline';
import { Dropcursor } from '@tiptap/extensions/drop-cursor';
import { Gapcursor } from '@tiptap/extensions/gap-cursor';
import { UndoRedo } from '@tiptap/extensions/undo-redo';
import { ParagraphWithKinds } from './paragraph-kinds';
import { FootnoteNode, type FootnoteOptions } from './footnote-node';
import { HardBreakNode } from './hard-break-node';
import { TabKeys } from './tab-keys';
import { CompositionAtGap } from './composition-at-gap';
import { TableCommands } from './table-commands';
import { ReportTable, ReportTableCell, ReportTableHeader, ReportTableRow } from './table-nodes';

/** Document, text, bold/italic/underline, undo/redo, drop and gap cursors (gap cursor: beside tables). */
function baseExtensions(): Extensions {
  return [Bold, Document, Dropcursor, Gapcursor, UndoRedo, Italic, Text, Underline, HardBreakNode];
}

export function bodyExtensions(onOpenFootnote: FootnoteOptions['onOpen']): Extensions {
  return [
    ...baseExtensions(),
    ParagraphWithKinds.configure({ kinds: true }),
    FootnoteNode.configure({ onOpen: onOpenFootnote }),
    ReportTable,
    ReportTableRow,
    ReportTableHeader,
    ReportTableCell,
    TableCommands,
    TabKeys,
    CompositionAtGap,
  ];
}

/** The footnote editor: paragraphs with bold/italic/underline and line breaks only. */
export function footnoteExtensions(): Extensions {
  return [...baseExtensions(), ParagraphWithKinds.configure({ kinds: false })];
}
