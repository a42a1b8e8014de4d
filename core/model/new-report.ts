/** Builds an empty report from an outline template, with the issuing body's defaults filled in. */
import type { OutlineNode, Template } from '../templates/template-schema';
import {
  REPORT_SCHEMA_VERSION,
  type Block,
  type Report,
  type ReportHeader,
  type Section,
  type Signature,
} from './report-schema';
import { cleanLine, cleanLines } from '../text/clean-text';

export interface IssuerDefaults {
  header: Omit<ReportHeader, 'number' | 'date' | 'docTypeCode'>;
  signature: Partial<Signature>;
  recipients?: string[];
}

export const EMPTY_ISSUER: IssuerDefaults = {
  header: { parentOrg: '', issuer: '', issuerCode: '', place: '' },
  signature: {},
};

export function paragraphsFromText(texts: readonly string[]): Block[] {
  return texts.map((t) => ({ type: 'paragraph', content: t ? [{ type: 'text', text: t }] : [] }));
}

function sectionFromOutline(node: OutlineNode, newId: () => string): Section {
  return {
    id: newId(),
    outlineKey: node.key,
    heading: node.heading,
    blocks: paragraphsFromText(node.defaultParagraphs ?? []),
    children: (node.children ?? []).map((c) => sectionFromOutline(c, newId)),
  };
}

/**
 * @param today ISO date used for the header date (passed in so the function stays pure).
 * @param newId generator of section ids.
 */
export function newReportFromTemplate(
  template: Template,
  issuer: IssuerDefaults,
  today: string,
  newId: () => string,
): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ruleSet: 'hd36-2018',
    header: {
      parentOrg: cleanLines(issuer.header.parentOrg),
      issuer: cleanLines(issuer.header.issuer),
      number: '',
      docTypeCode: 'BC',
      issuerCode: cleanLine(issuer.header.issuerCode),
      place: cleanLine(issuer.header.place),
      date: today,
    },
    docType: template.docType,
    title: '',
    opening: paragraphsFromText(template.opening.defaultParagraphs),
    sections: template.chapters.map((c) => sectionFromOutline(c, newId)),
    closing: paragraphsFromText(template.closing.defaultParagraphs),
    recipients: (issuer.recipients ?? template.closing.recipients).map(cleanLine),
    signature: {
      authority: cleanLines(issuer.signature.authority ?? template.closing.signature.authority),
      title: cleanLines(issuer.signature.title ?? template.closing.signature.title),
      name: cleanLine(issuer.signature.name ?? ''),
    },
  };
}

/** Finds the outline node a section was created from, for its guidance text. */
export function findOutlineNode(
  nodes: readonly OutlineNode[] | undefined,
  key: string | undefined,
): OutlineNode | undefined {
  if (!nodes || !key) return undefined;
  for (const n of nodes) {
    if (n.key === key) return n;
    const inner = findOutlineNode(n.children, key);
    if (inner) return inner;
  }
  return undefined;
}
