/**
 * Every table of a report with where it sits: the block list that holds it (opening, a section's body, the
 * closing, an appendix), its index in that list and its number among that list's tables, and the words that
 * name the place for a clerk ("chương “II. KẾT QUẢ”", "mục “Công tác phát triển đảng viên”").
 */
import { chapterMarker } from '../model/wizard-steps';
import type { Block, Report, Section, Table } from '../model/report-schema';

/** The block list a table belongs to; `chapterId` is the chapter (wizard step) holding the section. */
export type TablePlace =
  | { kind: 'opening' }
  | { kind: 'closing' }
  | { kind: 'section'; sectionId: string; chapterId: string }
  | { kind: 'appendix'; appendixId: string };

export interface LocatedTable {
  place: TablePlace;
  /** Index of the table in its block list. */
  blockIndex: number;
  /** 0-based number of the table among the tables of its block list (the editor counts tables this way). */
  tableIndex: number;
  /** "chương “I. ĐẶC ĐIỂM”", "phần mở đầu", "phụ lục “BIỂU TỔNG HỢP”". */
  placeName: string;
  table: Table;
}

function tablesOf(blocks: readonly Block[], place: TablePlace, placeName: string): LocatedTable[] {
  const out: LocatedTable[] = [];
  blocks.forEach((block, blockIndex) => {
    if (block.type === 'table') out.push({ place, blockIndex, tableIndex: out.length, placeName, table: block });
  });
  return out;
}

const name = (heading: string) => heading.trim().replace(/\s+/gu, ' ') || 'chưa đặt tên';

function sectionTables(section: Section, chapterId: string, placeName: string): LocatedTable[] {
  return [
    ...tablesOf(section.blocks, { kind: 'section', sectionId: section.id, chapterId }, placeName),
    ...section.children.flatMap((child) => sectionTables(child, chapterId, `mục “${name(child.heading)}”`)),
  ];
}

export function reportTables(report: Report): LocatedTable[] {
  return [
    ...tablesOf(report.opening, { kind: 'opening' }, 'phần mở đầu'),
    ...report.sections.flatMap((chapter, i) =>
      sectionTables(chapter, chapter.id, `chương “${chapterMarker(report.sections, i)} ${name(chapter.heading)}”`),
    ),
    ...tablesOf(report.closing, { kind: 'closing' }, 'phần kết thúc'),
    ...(report.appendices ?? []).flatMap((a, i) =>
      tablesOf(a.blocks, { kind: 'appendix', appendixId: a.id }, `phụ lục ${i + 1} “${name(a.title)}”`),
    ),
  ];
}
