/**
 * Names shared by the editor schema and the JSON converters. The model's three paragraph-like blocks
 * (paragraph, "- " line, numbered item) are one editor node type with a `kind` attribute, so switching kind
 * keeps the text and marks and needs no node replacement.
 */
export type ParagraphKind = 'paragraph' | 'dash' | 'numbered';

export const NODE = {
  doc: 'doc',
  paragraph: 'paragraph',
  text: 'text',
  footnote: 'footnote',
  hardBreak: 'hardBreak',
  table: 'table',
  tableRow: 'tableRow',
  tableCell: 'tableCell',
  tableHeader: 'tableHeader',
} as const;

export const MARKS = ['bold', 'italic', 'underline'] as const;

/** Leading header rows the model keeps (report-schema's `headerRows` bound). */
export const MAX_HEADER_ROWS = 5;
