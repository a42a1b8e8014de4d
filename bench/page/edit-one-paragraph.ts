/**
 * What autosave writes after typing: the report with ONE body paragraph of one chapter changed, built the way
 * React state updates build it — new objects only on the path from the report down to that paragraph, every
 * other chapter, section and block keeps its identity.
 */
import type { Block, Report, Section } from '../../core/model/report-schema';

/** The chapter with most text (as the typing bench picks it). */
export function biggestChapterIndex(report: Report): number {
  let best = { index: 0, size: -1 };
  report.sections.forEach((s, index) => {
    const size = JSON.stringify(s).length;
    if (size > best.size) best = { index, size };
  });
  return best.index;
}

function typeInBlock(block: Block, typed: string): Block | null {
  if (block.type !== 'paragraph') return null;
  const last = block.content.findLastIndex((inline) => inline.type === 'text');
  if (last < 0) return null;
  const run = block.content[last]!;
  if (run.type !== 'text') return null;
  const content = [...block.content];
  content[last] = { ...run, text: run.text + typed };
  return { ...block, content };
}

function typeInSection(section: Section, typed: string): Section | null {
  for (let i = 0; i < section.blocks.length; i++) {
    const edited = typeInBlock(section.blocks[i]!, typed);
    if (!edited) continue;
    const blocks = [...section.blocks];
    blocks[i] = edited;
    return { ...section, blocks };
  }
  for (let i = 0; i < section.children.length; i++) {
    const edited = typeInSection(section.children[i]!, typed);
    if (!edited) continue;
    const children = [...section.children];
    children[i] = edited;
    return { ...section, children };
  }
  return null;
}

/** `typed` appended to the first body paragraph (depth-first) of chapter `chapterIndex`. */
export function typeInChapter(report: Report, chapterIndex: number, typed: string): Report {
  const edited = typeInSection(report.sections[chapterIndex]!, typed);
  if (!edited) throw new Error(`chapter ${chapterIndex} has no body paragraph to edit`);
  const sections = [...report.sections];
  sections[chapterIndex] = edited;
  return { ...report, sections };
}
