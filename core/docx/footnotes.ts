/**
 * Footnotes are inline nodes of the model; here they get their numbers in reading order (the order the
 * writer meets them) and become the document's footnotes part, each with its own rich paragraphs.
 */
import { AlignmentType, FootnoteReferenceRun, Paragraph } from 'docx';
import type { Footnote, PlainParagraph } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { emphasisFormat, textRuns } from './text-runs';
import { ptToHalfPoints } from './units';

/** Id of the footnote paragraph style docx defines (sized in document-styles.ts). */
const FOOTNOTE_TEXT_STYLE = 'FootnoteText';

export type FootnoteMap = Record<string, { children: Paragraph[] }>;

export class FootnoteNumbering {
  private readonly notes: FootnoteMap = {};
  private next = 1;

  constructor(private readonly ruleSet: RuleSet) {}

  /** Registers the footnote and returns the reference run to put where it was typed. */
  reference(footnote: Footnote): FootnoteReferenceRun {
    const id = this.next++;
    this.notes[String(id)] = { children: footnote.paragraphs.map((p, i) => this.paragraph(p, i === 0)) };
    return new FootnoteReferenceRun(id);
  }

  /** The footnotes collected so far, keyed by their number. */
  all(): FootnoteMap {
    return this.notes;
  }

  private paragraph(p: PlainParagraph, first: boolean): Paragraph {
    const size = ptToHalfPoints(this.ruleSet.footnote.size);
    // docx puts the note's number before the first paragraph; a space keeps it off the first word ("¹ Ban hành").
    const lead = first ? textRuns(' ', { size }) : [];
    return new Paragraph({
      // The style also sizes the paragraph mark and the number docx puts before the note's text.
      style: FOOTNOTE_TEXT_STYLE,
      alignment: AlignmentType.JUSTIFIED,
      spacing: { before: 0, after: 0 },
      children: [
        ...lead,
        ...p.content.flatMap((run) =>
          textRuns(run.text, { size, ...emphasisFormat(run) }),
        ),
      ],
    });
  }
}
