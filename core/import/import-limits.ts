/**
 * How much of a .docx the import reads before it refuses the file. A module of its own, without the zip and XML
 * readers, so the refusal messages (import-messages.ts) can be shown without loading the parser.
 */
export const PACKAGE_LIMITS = {
  /** A 300-page report with a few images is well under this. */
  zipBytes: 50 * 1024 * 1024,
  entries: 2_000,
  /** document.xml of a 300-page report is a few MB; an entry inflating past this is refused. */
  entryBytes: 40 * 1024 * 1024,
  totalBytes: 80 * 1024 * 1024,
} as const;

export const BODY_LIMITS = { paragraphs: 100_000, tables: 2_000 } as const;
