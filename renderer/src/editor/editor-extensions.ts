/**
 * The editor schema, cut down to what the report model can hold: paragraphs (ordinary, "- ", numbered),
 * bold/italic/underline, footnotes and simple tables. Anything else pasted from Word (fonts, colours,
 * headings, images, links) has no node or mark here, so ProseMirror drops it and keeps the text.
 *
 * The extensions are imported one by one rather than through StarterKit: StarterKit imports all of its
 * extensions (links with linkifyjs, lists, code blocks, headings…) even when configured off, which put ~25 KB
 * gzip of unused code in the renderer (issue 7). These are exactly the ones StarterKit enabled with the old
 * configuration (hardBreak and trailingNode were off: the model has no line break inside a paragraph), in
 * StarterKit's order so keymap priorities stay the same.
 */
import type { Extensions } from '@tiptap/core';
import { Bold } from '@tiptap/extension-bold';
import { Document } from '@tiptap/extension-document';
import { Italic } from '@tiptap/extension-italic';
import { TableKit } from '@tiptap/extension-table';
import { Text } from '@tiptap/extension-text';
import { Underline } from '@tiptap/extension-underline';
import { Dropcursor } from '@tiptap/extensions/drop-cursor';
import { Gapcursor } from '@tiptap/extensions/gap-cursor';
import { UndoRedo } from '@tiptap/extensions/undo-redo';
import { ParagraphWithKinds } from './paragraph-kinds';
import { FootnoteNode, type FootnoteOptions } from './footnote-node';

/** Document, text, bold/italic/underline, undo/redo, drop and gap cursors (gap cursor: beside tables). */
function baseExtensions(): Extensions {
  return [Bold, Document, Dropcursor, Gapcursor, UndoRedo, Italic, Text, Underline];
}

export function bodyExtensions(onOpenFootnote: FootnoteOptions['onOpen']): Extensions {
  return [
    ...baseExtensions(),
    ParagraphWithKinds.configure({ kinds: true }),
    FootnoteNode.configure({ onOpen: onOpenFootnote }),
    TableKit.configure({ table: { resizable: false } }),
  ];
}

/** The footnote editor: paragraphs with bold/italic/underline only. */
export function footnoteExtensions(): Extensions {
  return [...baseExtensions(), ParagraphWithKinds.configure({ kinds: false })];
}
