/**
 * Collects the footnotes of one export as `w:footnote` elements, numbered from 1 in the order the body writer
 * meets them, and gives the reference run to put where each was typed. The XML is what docx writes for a
 * footnote: the reference mark run (w:footnoteRef) opens its first paragraph.
 */
import type { Footnote } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { FOOTNOTE_LEAD, FOOTNOTE_PARAGRAPH, footnoteSize } from './footnote-formats';
import { paragraphPropertiesXml } from './paragraph-xml';
import { LINE_BREAK_RUN, runPropertiesXml, textRunsXml } from './run-xml';

const REFERENCE_STYLE = '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>';
const PARAGRAPH_PROPERTIES = paragraphPropertiesXml(FOOTNOTE_PARAGRAPH);

export class FootnotesXml {
  private xml = '';
  private next = 1;
  private readonly size: number;
  private readonly leadRun: string;

  constructor(ruleSet: RuleSet) {
    this.size = footnoteSize(ruleSet);
    this.leadRun = textRunsXml(FOOTNOTE_LEAD, runPropertiesXml({ size: this.size }));
  }

  /** Adds the footnote and returns its reference run. */
  reference(footnote: Footnote): string {
    const id = this.next++;
    this.xml += `<w:footnote w:id="${id}">`;
    footnote.paragraphs.forEach((p, i) => {
      this.xml += `<w:p>${PARAGRAPH_PROPERTIES}`;
      if (i === 0) this.xml += `<w:r>${REFERENCE_STYLE}<w:footnoteRef/></w:r>${this.leadRun}`;
      for (const run of p.content) {
        this.xml +=
          run.type === 'break'
            ? LINE_BREAK_RUN
            : textRunsXml(
                run.text,
                runPropertiesXml({ size: this.size, bold: run.bold, italic: run.italic, underline: run.underline }),
              );
      }
      this.xml += '</w:p>';
    });
    this.xml += '</w:footnote>';
    return `<w:r>${REFERENCE_STYLE}<w:footnoteReference w:id="${id}"/></w:r>`;
  }

  /** The `w:footnote` elements collected so far, in number order. */
  entries(): string {
    return this.xml;
  }
}
