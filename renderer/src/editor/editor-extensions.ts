/**
 * The editor schema, cut down to what the report model can hold: paragraphs (ordinary, "- ", numbered),
 * bold/italic/underline, footnotes and simple tables. Anything else pasted from Word (fonts, colours,
 * headings, images, links) has no node or mark here, so ProseMirror drops it and keeps the text.
 */
import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { ParagraphWithKinds } from './paragraph-kinds';
import { FootnoteNode, type FootnoteOptions } from './footnote-node';

const MINIMAL_STARTER_KIT = {
  paragraph: false,
  heading: false,
  blockquote: false,
  codeBlock: false,
  code: false,
  bulletList: false,
  orderedList: false,
  listItem: false,
  listKeymap: false,
  horizontalRule: false,
  strike: false,
  link: false,
  // The model has no line break inside a paragraph: Shift+Enter would be lost on save.
  hardBreak: false,
  trailingNode: false,
} as const;

export function bodyExtensions(onOpenFootnote: FootnoteOptions['onOpen']): Extensions {
  return [
    StarterKit.configure(MINIMAL_STARTER_KIT),
    ParagraphWithKinds.configure({ kinds: true }),
    FootnoteNode.configure({ onOpen: onOpenFootnote }),
    TableKit.configure({ table: { resizable: false } }),
  ];
}

/** The footnote editor: paragraphs with bold/italic/underline only. */
export function footnoteExtensions(): Extensions {
  return [StarterKit.configure(MINIMAL_STARTER_KIT), ParagraphWithKinds.configure({ kinds: false })];
}
