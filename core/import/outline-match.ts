/**
 * Which outline (đề cương) an opened report follows: each outline's chapter headings are compared with the
 * document's, folded without diacritics and markers, by how many of the outline heading's words the document
 * heading contains (offices extend "Công tác lãnh đạo, chỉ đạo" with the name of the document they report on).
 * The outline matching most chapters wins if it matches at least half of them; its keys are set on the
 * matched sections so the wizard shows their guidance. Otherwise the free outline is used.
 */
import type { Section } from '../model/report-schema';
import { foldText } from '../text/fold-text';
import { FREE_OUTLINE_ID, type OutlineNode, type Template } from '../templates/template-schema';

const words = (text: string) =>
  new Set(
    foldText(text)
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(' ')
      .filter((w) => w.length > 0),
  );

/** Share of the outline heading's words found in the document heading (0 for an empty outline heading). */
export function headingSimilarity(outlineHeading: string, documentHeading: string): number {
  const a = words(outlineHeading);
  if (a.size === 0) return 0;
  const b = words(documentHeading);
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  // Penalise a short outline heading matching a long unrelated one only slightly: containment is the signal.
  return common / a.size;
}

const THRESHOLD = 0.75;

/** Pairs sections with outline nodes in order; returns the pairs found. */
function pair(sections: readonly Section[], nodes: readonly OutlineNode[]): [Section, OutlineNode][] {
  const pairs: [Section, OutlineNode][] = [];
  const used = new Set<OutlineNode>();
  for (const s of sections) {
    let best: OutlineNode | undefined;
    let bestScore = THRESHOLD;
    for (const n of nodes) {
      if (used.has(n)) continue;
      const score = headingSimilarity(n.heading, s.heading);
      if (score >= bestScore) {
        best = n;
        bestScore = score;
      }
    }
    if (best) {
      used.add(best);
      pairs.push([s, best]);
    }
  }
  // An outline node without a heading ("Nội dung 1" left for the clerk) takes the first unpaired section in order.
  const blank = nodes.filter((n) => n.heading.trim() === '' && !used.has(n));
  const paired = new Set(pairs.map(([s]) => s));
  for (const s of sections) {
    const n = blank.shift();
    if (!n) break;
    if (!paired.has(s)) pairs.push([s, n]);
    else blank.unshift(n);
  }
  return pairs;
}

export interface OutlineMatch {
  template: Template;
  /** Sections with the outline keys set (a copy; the input is not changed). */
  sections: Section[];
}

function withKeys(sections: readonly Section[], nodes: readonly OutlineNode[]): Section[] {
  const keys = new Map(pair(sections, nodes).map(([s, n]) => [s, n]));
  return sections.map((s) => {
    const node = keys.get(s);
    const copy: Section = { ...s, children: withKeys(s.children, node?.children ?? []) };
    if (node) copy.outlineKey = node.key;
    else delete copy.outlineKey;
    return copy;
  });
}

export function matchOutline(sections: readonly Section[], templates: readonly Template[]): OutlineMatch {
  let best: Template | undefined;
  let bestCount = 0;
  for (const t of templates) {
    if (t.id === FREE_OUTLINE_ID || t.chapters.length === 0) continue;
    const count = pair(sections, t.chapters).filter(([, n]) => n.heading.trim() !== '').length;
    if (count > bestCount) {
      best = t;
      bestCount = count;
    }
  }
  if (best && sections.length > 0 && bestCount * 2 >= sections.length)
    return { template: best, sections: withKeys(sections, best.chapters) };
  const free = templates.find((t) => t.id === FREE_OUTLINE_ID) ?? freeOutline();
  return { template: free, sections: withKeys(sections, []) };
}

/** The free outline when the caller's list lacks it (e.g. a CLI given only installed outlines). */
function freeOutline(): Template {
  return {
    id: FREE_OUTLINE_ID,
    version: 1,
    name: 'Đề cương tự do (từ tệp Word)',
    description: '',
    docType: 'BÁO CÁO',
    titleHint: '',
    header: { guidance: '' },
    opening: { guidance: '', defaultParagraphs: [] },
    chapters: [],
    closing: { guidance: '', defaultParagraphs: [], recipients: [], signature: { authority: '', title: '' } },
  };
}
