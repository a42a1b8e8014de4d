/**
 * Assembles the whole report into a docx Document: header block, title block, body (footnotes numbered in
 * reading order), closing block, appendices, page setup and page-number headers — every size from the rule-set.
 * The body flows (main body, then each appendix's blocks) are rendered by a BodyRenderer: the export writes them
 * as XML text behind placeholders (body-xml.ts); the equivalence test renders them with docx's own elements.
 */
import { Document, type FileChild, type Paragraph } from 'docx';
import type { Report } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { appendixBlocks } from './appendix-block';
import { bodyFlow, type FlowItem } from './body-flow';
import { closingBlock } from './closing-block';
import { documentStyles } from './document-styles';
import { withEndMark } from './end-mark';
import { headerBlock } from './header-block';
import { addMirrorMargins } from './mirror-margins';
import { pageNumberHeaders } from './page-number-header';
import { sectionProperties } from './page-setup';
import { sanitizeReport } from './sanitize-report';
import { titleBlock } from './title-block';

export interface BodyRenderer {
  /**
   * The document children for these flow items. Called in reading order (body, then each appendix), so
   * footnotes are numbered as a reader meets them.
   * @param keepLastWithNext the last item stays on the page of what follows (the closing block).
   */
  flow(items: readonly FlowItem[], keepLastWithNext: boolean): FileChild[];
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

export function buildDocument(report: Report, ruleSet: RuleSet, body: BodyRenderer): Document {
  const r = sanitizeReport(report);
  const flow = withEndMarkOnLastText(bodyFlow(r.opening, r.sections, r.closing), ruleSet.endMark);
  const main = body.flow(flow, true);
  const appendices = appendixBlocks(r, ruleSet, (items) => body.flow(items, false));

  const document = new Document({
    creator: r.header.issuer,
    title: `${r.docType} ${r.title}`.trim(),
    styles: documentStyles(ruleSet),
    footnotes: body.footnotes(),
    sections: [
      {
        properties: sectionProperties(ruleSet),
        headers: pageNumberHeaders(ruleSet),
        children: [headerBlock(r.header, ruleSet), ...titleBlock(r.docType, r.title, ruleSet), ...main, closingBlock(r.recipients, r.signature, ruleSet), ...appendices],
      },
    ],
  });
  if (ruleSet.page.mirrorMargins) addMirrorMargins(document);
  return document;
}
