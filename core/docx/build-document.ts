/**
 * Assembles the whole report into a docx Document: header block, title block, body (footnotes numbered in
 * reading order), closing block, appendices, page setup and page-number headers — every size from the rule-set.
 * An appendix on a landscape page or numbered apart from the report gets a section of its own, and the appendix
 * after it a new one back in portrait with the report's numbering.
 * The body flows (main body, then each appendix's blocks) are rendered by a BodyRenderer: the export writes them
 * as XML text behind placeholders (body-xml.ts); the equivalence test renders them with docx's own elements.
 */
import { Document, LineRuleType, Paragraph, type FileChild, type ISectionOptions } from 'docx';
import type { Report } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { appendixParts, needsOwnSection, type AppendixPart } from './appendix-block';
import { bodyFlow, type FlowItem } from './body-flow';
import { closingBlock } from './closing-block';
import { documentStyles } from './document-styles';
import { withEndMark } from './end-mark';
import { headerBlock } from './header-block';
import { addMirrorMargins } from './mirror-margins';
import { pageNumberHeaders, unnumberedHeaders } from './page-number-header';
import { pageGeometry, sectionProperties } from './page-setup';
import { sanitizeReport } from './sanitize-report';
import { titleBlock } from './title-block';

export interface BodyRenderer {
  /**
   * The document children for these flow items. Called in reading order (body, then each appendix), so
   * footnotes are numbered as a reader meets them.
   * @param keepLastWithNext the last item stays on the page of what follows (the closing block).
   * @param textWidthTwips width between the margins of the page the items are on (tables are sized to it).
   */
  flow(items: readonly FlowItem[], keepLastWithNext: boolean, textWidthTwips: number): FileChild[];
  /** The footnotes docx should write, keyed by number, once every flow is rendered. */
  footnotes(): Record<string, { children: Paragraph[] }>;
}

/** The body's last text block (paragraph, dash or numbered item) gets the rule-set's end mark. */
function withEndMarkOnLastText(flow: readonly FlowItem[], endMark: string): FlowItem[] {
  for (let i = flow.length - 1; i >= 0; i--) {
    const item = flow[i]!;
    if (item.kind === 'block' && item.block.type !== 'table') {
      const marked: FlowItem = { ...item, block: { ...item.block, content: withEndMark(item.block.content, endMark) } };
      return [...flow.slice(0, i), marked, ...flow.slice(i + 1)];
    }
  }
  return [...flow];
}

/**
 * The paragraph that carries a section's properties (every section but the last needs one). docx would add an
 * empty body-sized paragraph after a closing table or an appendix table; this one is 1 pt high, so a section that
 * fills its last page does not spill onto a blank one.
 */
function sectionEnd(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] });
}

/** The section an appendix opens: its orientation, and its page numbers continued, restarted or left off. */
function appendixSection(part: AppendixPart, ruleSet: RuleSet): ISectionOptions {
  const restart = part.pageNumbers === 'restart';
  return {
    // A restarted appendix is a document of its own: its page 1 carries no number when the report's does not.
    properties: sectionProperties(ruleSet, {
      orientation: part.orientation,
      restartNumbering: restart,
      first: restart,
    }),
    headers:
      part.pageNumbers === 'none' ? unnumberedHeaders() : pageNumberHeaders(ruleSet, { differentFirstPage: restart }),
    children: [...part.children],
  };
}

export function buildDocument(report: Report, ruleSet: RuleSet, body: BodyRenderer): Document {
  const r = sanitizeReport(report);
  const portraitWidth = pageGeometry(ruleSet).textWidthTwips;
  const flow = withEndMarkOnLastText(bodyFlow(r.opening, r.sections, r.closing), ruleSet.endMark);
  const main = body.flow(flow, true, portraitWidth);
  const appendices = r.appendices ?? [];
  // An appendix after one with a section of its own opens a new section too, back to the report's page.
  const startsSection = (i: number) =>
    needsOwnSection(appendices[i]!) || (i > 0 && needsOwnSection(appendices[i - 1]!));
  const parts = appendixParts(r, ruleSet, (items, width) => body.flow(items, false, width), startsSection);

  const sections: ISectionOptions[] = [
    {
      properties: sectionProperties(ruleSet),
      headers: pageNumberHeaders(ruleSet),
      children: [
        headerBlock(r.header, ruleSet),
        ...titleBlock(r.docType, r.title, ruleSet),
        ...main,
        closingBlock(r.recipients, r.signature, ruleSet),
      ],
    },
  ];
  parts.forEach((part, i) => {
    const current = sections[sections.length - 1]!;
    if (startsSection(i)) {
      sections[sections.length - 1] = { ...current, children: [...current.children, sectionEnd()] };
      sections.push(appendixSection(part, ruleSet));
    } else {
      sections[sections.length - 1] = { ...current, children: [...current.children, ...part.children] };
    }
  });

  const document = new Document({
    // One line each: core.xml's creator and title are single-line fields.
    creator: r.header.issuer.replace(/\s*\n\s*/g, ' '),
    title: `${r.docType} ${r.title}`.replace(/\s*\n\s*/g, ' ').trim(),
    styles: documentStyles(ruleSet),
    // A line ended by a typed line break is not spread across the width of a justified paragraph (Word does that
    // by default; LibreOffice and the app's preview do not).
    compatibility: { doNotExpandShiftReturn: true },
    footnotes: body.footnotes(),
    sections,
  });
  if (ruleSet.page.mirrorMargins) addMirrorMargins(document);
  return document;
}
