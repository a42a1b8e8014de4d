/**
 * Every piece of text a report holds, each with where it sits in words a clerk understands and the wizard
 * step that edits it: header lines, trích yếu, headings, body paragraphs, footnotes, table cells, Nơi nhận,
 * the signature block and the appendices. For checks that read text field by field.
 */
import { sectionMarker } from '../model/markers';
import type { Block, Footnote, Inline, Report, Section } from '../model/report-schema';
import { inlineText, plainParagraphText } from '../model/report-text';
import { tableGrid } from '../model/table-grid';
import type { TableCellTarget } from './problem';
import { stepOfPlace } from './statistics-check';
import type { TablePlace } from './report-tables';

export interface TextField {
  text: string;
  /** "Trích yếu", "tên mục “1. Công tác …”", "chú thích cuối trang trong chương “II. KẾT QUẢ”". */
  where: string;
  stepKey: string;
  /** Stable id fragment for the place (not for the single paragraph): problems are grouped by it. */
  key: string;
  /** Whether the text is edited in a body editor (with its toolbar) rather than a one-line field. */
  rich: boolean;
  target?: TableCellTarget;
}

const name = (heading: string) => heading.trim().replace(/\s+/gu, ' ') || 'chưa đặt tên';

function footnotesOf(content: readonly Inline[]): Footnote[] {
  return content.filter((i): i is Footnote => i.type === 'footnote');
}

function blockFields(blocks: readonly Block[], place: TablePlace, placeName: string, key: string): TextField[] {
  const stepKey = stepOfPlace(place);
  const out: TextField[] = [];
  const footnoteFields = (content: readonly Inline[]) =>
    footnotesOf(content).flatMap((f) =>
      f.paragraphs.map((p) => ({
        text: plainParagraphText(p),
        where: `Chú thích cuối trang trong ${placeName}`,
        stepKey,
        key: `${key}-footnote`,
        rich: true,
      })),
    );
  let tableIndex = 0;
  blocks.forEach((block, blockIndex) => {
    if (block.type !== 'table') {
      out.push({
        text: inlineText(block.content),
        where: `Nội dung ${placeName}`,
        stepKey,
        key: `${key}-body`,
        rich: true,
      });
      out.push(...footnoteFields(block.content));
      return;
    }
    const grid = tableGrid(block);
    const n = tableIndex++;
    const caption = block.caption?.trim();
    const tableName = caption ? `Bảng “${caption}”` : `Bảng ${n + 1} trong ${placeName}`;
    if (caption)
      out.push({
        text: caption,
        where: `Tên ${tableName.toLowerCase()}`,
        stepKey,
        key: `${key}-table-${blockIndex}-caption`,
        rich: true,
      });
    for (const placed of grid.cells) {
      if (placed.filler) continue;
      const target: TableCellTarget = {
        kind: 'table-cell',
        place,
        blockIndex,
        tableIndex: n,
        row: placed.row,
        column: placed.column,
      };
      for (const p of placed.cell.paragraphs) {
        out.push({
          text: plainParagraphText(p),
          where: `${tableName}, dòng ${placed.row + 1}, cột ${placed.column + 1}`,
          stepKey,
          key: `${key}-table-${blockIndex}`,
          rich: true,
          target,
        });
        out.push(...footnoteFields(p.content));
      }
    }
  });
  return out;
}

function sectionFields(section: Section, chapterId: string, placeName: string, isChapter: boolean): TextField[] {
  const place: TablePlace = { kind: 'section', sectionId: section.id, chapterId };
  const heading: TextField = {
    text: section.heading,
    where: isChapter
      ? `Tên chương “${name(section.heading)}”`
      : `Tên mục “${name(section.heading)}” trong ${placeName}`,
    stepKey: stepOfPlace(place),
    key: `${section.id}-heading`,
    rich: false,
  };
  const own = isChapter ? placeName : `mục “${name(section.heading)}”`;
  return [
    heading,
    ...blockFields(section.blocks, place, own, section.id),
    ...section.children.flatMap((c) => sectionFields(c, chapterId, isChapter ? placeName : own, false)),
  ];
}

export function reportTextFields(report: Report): TextField[] {
  const h = report.header;
  const line = (text: string, where: string, stepKey: string, key: string): TextField => ({
    text,
    where,
    stepKey,
    key,
    rich: false,
  });
  const appendices = report.appendices ?? [];
  return [
    line(h.parentOrg, 'Tên cơ quan cấp trên', 'general', 'parent-org'),
    line(h.issuer, 'Tên cơ quan ban hành', 'general', 'issuer'),
    line(h.place, 'Địa danh', 'general', 'place'),
    line(report.docType, 'Tên loại văn bản', 'general', 'doc-type'),
    line(report.title, 'Trích yếu', 'general', 'title'),
    ...blockFields(report.opening, { kind: 'opening' }, 'phần mở đầu', 'opening'),
    ...report.sections.flatMap((chapter, i) =>
      sectionFields(chapter, chapter.id, `chương “${sectionMarker([i + 1])} ${name(chapter.heading)}”`, true),
    ),
    ...blockFields(report.closing, { kind: 'closing' }, 'phần kết thúc', 'closing'),
    ...report.recipients.map((r) => line(r, 'Nơi nhận', 'closing', 'recipients')),
    line(report.signature.authority, 'Quyền hạn ký', 'closing', 'signature-authority'),
    line(report.signature.title, 'Chức vụ người ký', 'closing', 'signature-title'),
    line(report.signature.name, 'Họ tên người ký', 'closing', 'signature-name'),
    ...appendices.flatMap((a, i) => {
      const placeName = `phụ lục ${i + 1} “${name(a.title)}”`;
      // The appendix's text follows stepOfPlace, like the statistics problems of its tables.
      return [
        line(a.title, `Tên phụ lục ${i + 1}`, 'appendices', `appendix-${a.id}-title`),
        ...(a.attachedLine
          ? [line(a.attachedLine, `Dòng “Kèm theo” của phụ lục ${i + 1}`, 'appendices', `appendix-${a.id}-attached`)]
          : []),
        ...blockFields(a.blocks, { kind: 'appendix', appendixId: a.id }, placeName, `appendix-${a.id}`),
      ];
    }),
  ];
}
