/**
 * What opening a Word report (.docx) gives back: the report and its outline, a summary of what was recognised,
 * and a note for everything that could not be carried over — nothing is dropped silently.
 */
import type { Report } from '../model/report-schema';

/** Header fields that were found and filled (the others keep their empty defaults). */
export type ImportedHeaderField =
  'parentOrg' | 'issuer' | 'number' | 'docTypeCode' | 'issuerCode' | 'place' | 'date' | 'docType' | 'title';

export interface ImportSummary {
  /** Header fields filled from the document, in header order. */
  headerFields: ImportedHeaderField[];
  /** The thể thức recognised from the national motto line ('hd36-2018' Party, 'nd30-2020' State). */
  ruleSet: string;
  /** Whether the rule-set was recognised from the motto (false: assumed). */
  ruleSetRecognised: boolean;
  /** Chapters (I., II., …) found. */
  chapters: number;
  /** Sections below chapter level (1., 1.1., a)) found. */
  sections: number;
  footnotes: number;
  tables: number;
  recipients: number;
  /** A signature block (authority, title or name) was found. */
  signerFound: boolean;
  appendices: number;
  /** Words of text carried over (body, footnotes, tables, header and closing). */
  words: number;
  /** Id and name of the outline attached ('tu-do' when no built-in or installed outline matched). */
  templateId: string;
  templateName: string;
}

/** What kind of content could not be carried over as it was. */
export type ImportNoteKind =
  | 'image'
  | 'text-box'
  | 'comment'
  | 'tracked-change'
  | 'field'
  | 'unknown-content'
  | 'encoding'
  | 'header-footer'
  | 'limit'
  | 'structure';

export interface ImportNote {
  kind: ImportNoteKind;
  /** A Vietnamese sentence: what was not carried over and what to check. */
  message: string;
  /** Where in the document, in the user's words ("Chương II", "Phụ lục 1", "đầu văn bản"). */
  where?: string;
}

export type ImportResult =
  | { ok: true; report: Report; templateId: string; summary: ImportSummary; notes: ImportNote[] }
  | { ok: false; message: string };
