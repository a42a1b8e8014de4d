/**
 * A synthetic report of a given length, in the model's own terms, for benchmarks: Vietnamese prose in the
 * sample report's register, headings at all four depths (I. / 1. / 1.1. / a)), "- " and "+ " lines, numbered
 * items, a footnote every few paragraphs and a table every few pages. Pure and seeded: the same options give
 * the same report, byte for byte.
 *
 * "Pages" are calibrated against LibreOffice: the DOCX our writer makes from `syntheticReport({ pages: n })`
 * was converted to PDF with `soffice --convert-to pdf` and its pages counted (bench/calibrate-pages.ts);
 * WORDS_PER_PAGE and FIXED_PAGES were fitted so 10/100/300 come out right (figures in bench/README.md).
 */
import {
  parseReport,
  REPORT_SCHEMA_VERSION,
  type Block,
  type Inline,
  type Report,
  type Section,
  type Table,
} from '../../core/model/report-schema';
import { seededRandom, type Random } from './seeded-random';
import {
  CHAPTER_HEADINGS,
  DOCUMENT_CODES,
  DOCUMENT_KINDS,
  HEADING_TOPICS,
  OBJECTS,
  SUBJECTS,
  TAILS,
  UNITS,
  VERBS,
} from './vietnamese-phrases';

/** Words (space-separated syllables) of body text per A4 page, footnotes and tables included. */
export const WORDS_PER_PAGE = 367;
/** Pages taken by the header block, title, closing, recipients and signature. */
export const FIXED_PAGES = 1;
/** One footnote per this many paragraphs, on average. */
const FOOTNOTE_EVERY = 3;
/** One table per this many words of body text (about three pages). */
const TABLE_EVERY_WORDS = 3 * WORDS_PER_PAGE;
/** A section smaller than this is not split further. */
const MIN_SPLIT_WORDS = 260;
/** Typical size of a section at depth 2, 3, 4 (index = depth). */
const CHILD_WORDS = [0, 0, 1500, 500, 180];
/** Share of the body per chapter (I … V): most of a real report is chapter II, the results. */
const CHAPTER_SHARE = [0.08, 0.55, 0.17, 0.15, 0.05];

export interface SyntheticOptions {
  pages: number;
  seed?: number;
}

const wordCount = (s: string): number => s.split(' ').filter(Boolean).length;

class Writer {
  private sectionCount = 0;
  private paragraphCount = 0;
  private wordsSinceTable = 0;
  constructor(private readonly rnd: Random) {}

  sentence(): string {
    const r = this.rnd;
    return `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}, ${r.pick(TAILS)}.`;
  }

  documentCitation(): string {
    const r = this.rnd;
    const k = r.int(0, DOCUMENT_KINDS.length - 1);
    return `${DOCUMENT_KINDS[k]!} số ${r.int(1, 250)}-${DOCUMENT_CODES[k]!}, ngày ${r.int(1, 28)}/${r.int(1, 12)}/${r.int(2018, 2023)} của Ban Thường vụ Huyện ủy`;
  }

  /** Body inlines of about `sentences` sentences, with a bold run now and then and maybe one footnote. */
  inlines(sentences: number): { content: Inline[]; words: number } {
    const content: Inline[] = [];
    let words = 0;
    this.paragraphCount++;
    const withFootnote = this.paragraphCount % FOOTNOTE_EVERY === 0;
    for (let i = 0; i < sentences; i++) {
      const s = (i === 0 ? '' : ' ') + this.sentence();
      words += wordCount(s);
      if (i === 0 && this.rnd.next() < 0.2) {
        const cut = s.indexOf(' ', s.indexOf(' ') + 1);
        content.push({ type: 'text', text: s.slice(0, cut + 1) }, { type: 'text', text: s.slice(cut + 1), bold: true });
      } else {
        content.push({ type: 'text', text: s });
      }
      if (i === 0 && withFootnote) {
        const note = `${this.documentCitation()} về ${this.rnd.pick(OBJECTS)}.`;
        words += wordCount(note);
        content.push({
          type: 'footnote',
          paragraphs: [{ type: 'paragraph', content: [{ type: 'text', text: note }] }],
        });
      }
    }
    return { content, words };
  }

  table(): { block: Table; words: number } {
    const r = this.rnd;
    const header = ['TT', 'Đơn vị', 'Số chi bộ', 'Số đảng viên', 'Tỷ lệ hoàn thành (%)'];
    const rows = [header];
    const n = r.int(6, 10);
    for (let i = 1; i <= n; i++) {
      rows.push([
        String(i),
        r.pick(UNITS),
        String(r.int(3, 40)),
        String(r.int(40, 900)),
        `${r.int(70, 100)},${r.int(0, 9)}`,
      ]);
    }
    const block: Table = {
      type: 'table',
      headerRows: 1,
      rows: rows.map((cells) => ({
        cells: cells.map((text) => ({
          paragraphs: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
        })),
      })),
    };
    // A table row takes about a line and a half of the page.
    return { block, words: (n + 1) * 18 };
  }

  /** Blocks worth about `budget` words: paragraphs, a "- " list now and then, a table every few pages. */
  blocks(budget: number): Block[] {
    const out: Block[] = [];
    let left = budget;
    while (left > 0) {
      const roll = this.rnd.next();
      let used: number;
      if (this.wordsSinceTable >= TABLE_EVERY_WORDS) {
        const t = this.table();
        out.push(t.block);
        used = t.words;
        this.wordsSinceTable = 0;
      } else if (roll < 0.15) {
        used = 0;
        const items = this.rnd.int(2, 4);
        for (let i = 0; i < items; i++) {
          const p = this.inlines(1);
          out.push({ type: 'dash', ...(i > 0 && roll < 0.05 ? { level: 2 as const } : {}), content: p.content });
          used += p.words;
        }
      } else if (roll < 0.22) {
        const p = this.inlines(2);
        out.push({ type: 'numbered', content: p.content });
        used = p.words;
      } else {
        const p = this.inlines(this.rnd.int(2, 4));
        out.push({ type: 'paragraph', content: p.content });
        used = p.words;
      }
      left -= used;
      this.wordsSinceTable += used;
    }
    return out;
  }

  section(depth: number, budget: number, heading?: string): Section {
    const id = `syn-${++this.sectionCount}`;
    const title = heading ?? this.rnd.pick(HEADING_TOPICS);
    if (depth >= 4 || budget < MIN_SPLIT_WORDS) {
      return { id, heading: title, blocks: this.blocks(budget), children: [] };
    }
    const intro = Math.min(Math.round(budget * 0.15), 150);
    const rest = budget - intro;
    const k = Math.max(2, Math.round(rest / (CHILD_WORDS[depth + 1] ?? 180)));
    const children: Section[] = [];
    for (let i = 0; i < k; i++) children.push(this.section(depth + 1, rest / k));
    return { id, heading: title, blocks: this.blocks(intro), children };
  }
}

export function syntheticReport({ pages, seed = 2023 }: SyntheticOptions): Report {
  if (!Number.isFinite(pages) || pages < 1) throw new Error('pages must be ≥ 1');
  const w = new Writer(seededRandom(seed));
  const body = Math.max(pages - FIXED_PAGES, 0.5) * WORDS_PER_PAGE;
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ruleSet: 'hd36-2018',
    header: {
      parentOrg: 'ĐẢNG BỘ TỈNH LAI CHÂU',
      issuer: 'HUYỆN ỦY TAM ĐƯỜNG',
      number: '125',
      docTypeCode: 'BC',
      issuerCode: 'HU',
      place: 'Tam Đường',
      date: '2023-06-15',
    },
    docType: 'BÁO CÁO',
    title: `tổng kết công tác năm 2023 (bản thử ${pages} trang)`,
    opening: [
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: `Thực hiện ${w.documentCitation()}, Ban Thường vụ Huyện ủy Tam Đường báo cáo kết quả như sau:`,
          },
        ],
      },
    ],
    sections: CHAPTER_HEADINGS.map((h, i) => w.section(1, body * CHAPTER_SHARE[i]!, h)),
    closing: [
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'Trên đây là báo cáo tổng kết công tác năm 2023 của Ban Thường vụ Huyện ủy Tam Đường.',
          },
        ],
      },
    ],
    recipients: ['Thường trực Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Lưu Văn phòng Huyện ủy'],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Cao Trang Trọng' },
  };
  // Whatever the benchmarks feed the app must be a report the app itself would accept.
  const parsed = parseReport(report);
  if (!parsed.ok) throw new Error(`synthetic report is invalid: ${JSON.stringify(parsed.issues[0])}`);
  return parsed.value;
}
