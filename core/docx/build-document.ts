/**
 * Assembles the whole report into a docx Document: header block, title block, body (footnotes numbered in
 * reading order), closing block, appendices, page setup and page-number headers — every size from the rule-set.
 */
import { Document, type Paragraph, type Table } from 'docx';
import type { Inline, Report } from '../model/report-schema';
import type { RuleSet } from '../rules/rule-set-schema';
import { appendixBlocks } from './appendix-block';
import { renderFlowItem } from './body-blocks';
import { bodyFlow, type FlowItem } from './body-flow';
import { closingBlock } from './closing-block';
import { documentStyles } from './document-styles';
import { withEndMark } from './end-mark';
import { FootnoteNumbering } from './footnotes';
import { SharedProperties, type SharedFormatParagraph } from './shared-properties';
import { headerBlock } from './header-block';
import { addMirrorMargins } from './mirror-margins';
import { pageNumberHeaders } from './page-number-header';
import { sectionProperties } from './page-setup';
import { sanitizeReport } from './sanitize-report';
import { titleBlock } from './title-block';

/** Index of the last text block (paragraph, dash or numbered item) of the body, or -1. */
function lastTextBlock(flow: readonly FlowItem[]): number {
  for (let i = flow.length - 1; i >= 0; i--) {
    const item = flow[i]!;
    if (item.kind === 'block' && item.block.type !== 'table') return i;
  }
  return -1;
}

export function buildDocument(report: Report, ruleSet: RuleSet): Document {
  const r = sanitizeReport(report);
  const footnotes = new FootnoteNumbering(ruleSet);
  const ctx = { ruleSet, footnotes, shared: new SharedProperties() };

  const flow = bodyFlow(r.opening, r.sections, r.closing);
  const endMarkAt = lastTextBlock(flow);
  const body: (Paragraph | SharedFormatParagraph | Table)[] = flow.flatMap((item, i) => {
    const content: Inline[] | undefined =
      i === endMarkAt && item.kind === 'block' && item.block.type !== 'table' ? withEndMark(item.block.content, ruleSet.endMark) : undefined;
    return renderFlowItem(item, ctx, i === flow.length - 1, content);
  });

  const document = new Document({
    creator: r.header.issuer,
    title: `${r.docType} ${r.title}`.trim(),
    styles: documentStyles(ruleSet),
    footnotes: footnotes.all(),
    sections: [
      {
        properties: sectionProperties(ruleSet),
        headers: pageNumberHeaders(ruleSet),
        children: [
          headerBlock(r.header, ruleSet),
          ...titleBlock(r.docType, r.title, ruleSet),
          ...body,
          closingBlock(r.recipients, r.signature, ruleSet),
          ...appendixBlocks(r, ctx),
        ],
      },
    ],
  });
  if (ruleSet.page.mirrorMargins) addMirrorMargins(document);
  return document;
}
