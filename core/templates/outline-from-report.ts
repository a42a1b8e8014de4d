/**
 * "Tạo từ báo cáo đang mở": an outline with the chapters and sections of a report the clerk already wrote.
 * Headings, structure, document type and rule-set come from the report; guidance and hints from the outline
 * the report was made from, where a section still carries that outline's key. Keys are kept when they are
 * valid and unique, so the guidance a clerk wrote for "Ưu điểm" in one outline follows it into the next.
 */
import type { Report, Section } from '../model/report-schema';
import { SLUG_PATTERN } from '../model/ids';
import { findOutlineNode } from '../model/new-report';
import type { OutlineNode, Template } from './template-schema';

export function outlineFromReport(report: Report, source: Template | undefined, id: string, name: string): Template {
  const used = new Set<string>();
  let n = 0;
  const keyFor = (outlineKey: string | undefined): string => {
    if (outlineKey && SLUG_PATTERN.test(outlineKey) && !used.has(outlineKey)) return outlineKey;
    let key: string;
    do key = `muc-${++n}`;
    while (used.has(key));
    return key;
  };
  const node = (section: Section): OutlineNode => {
    const from = findOutlineNode(source?.chapters, section.outlineKey);
    const key = keyFor(section.outlineKey);
    used.add(key);
    return {
      key,
      heading: section.heading,
      guidance: from?.guidance ?? '',
      ...(from?.hints ? { hints: from.hints } : {}),
      ...(from?.optional ? { optional: true } : {}),
      ...(section.children.length ? { children: section.children.map(node) } : {}),
    };
  };
  return {
    id,
    version: 1,
    name,
    description: source?.description ?? '',
    docType: report.docType,
    ruleSet: report.ruleSet,
    titleHint: source?.titleHint ?? '',
    header: { guidance: source?.header.guidance ?? '' },
    opening: { guidance: source?.opening.guidance ?? '', defaultParagraphs: [] },
    chapters: report.sections.map(node),
    closing: {
      guidance: source?.closing.guidance ?? '',
      defaultParagraphs: [],
      recipients: report.recipients,
      signature: { authority: report.signature.authority, title: report.signature.title },
    },
  };
}
