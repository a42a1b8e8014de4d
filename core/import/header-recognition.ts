/**
 * The header block of a report: the issuing body (left) and the national heading with place and date (right),
 * usually a borderless two-column table, sometimes plain paragraphs; then the document type ("BÁO CÁO") and the
 * trích yếu. The national heading tells the rule-set: "ĐẢNG CỘNG SẢN VIỆT NAM" is a Party document (HD 36),
 * the State motto a State one (NĐ 30).
 */
import type { ReportHeader } from '../model/report-schema';
import { toIsoDate, daysInMonth } from '../text/date-line';
import { foldText } from '../text/fold-text';
import type { DocItem, DocParagraph } from './docx-document';
import type { ImportedHeaderField } from './import-result';
import { plainText } from './inline-tools';

export interface HeaderLine {
  text: string;
  bold: boolean;
  align: DocParagraph['align'];
}

export interface RecognisedHeader {
  header: ReportHeader;
  ruleSet: 'hd36-2018' | 'nd30-2020' | undefined;
  docType: string;
  title: string;
  fields: ImportedHeaderField[];
  /** Index of the first item after the header, document type, trích yếu and separator line. */
  next: number;
}

export function paragraphLine(p: DocParagraph): HeaderLine {
  return {
    text: plainText(p.inlines)
      .replace(/[ \t]+/g, ' ')
      .trim(),
    bold: p.allBold,
    align: p.align,
  };
}

const isDecoration = (text: string) => /^[\s*_\-–—=.·]+$/.test(text);
const PARTY = 'dang cong san viet nam';
const STATE = 'cong hoa xa hoi chu nghia viet nam';
const MOTTO = 'doc lap - tu do - hanh phuc';
// The blanks of an undated line ("ngày     tháng     năm     ") may have collapsed to single spaces.
const DATE_LINE = /^(.*?)[,\s]*ngày\s*(\d{1,2}|[.…]*)\s*tháng\s*(\d{1,2}|[.…]*)\s*năm\s*(\d{4}|[.…]*)\s*$/iu;

function isNationalLine(text: string): 'party' | 'state' | 'motto' | null {
  const f = foldText(text).replace(/\s*[-–—]\s*/g, ' - ');
  if (f === PARTY) return 'party';
  if (f === STATE) return 'state';
  if (f === MOTTO) return 'motto';
  return null;
}

/** "Số 123-BC/HU", "Số: 12/BC-UBND", "Số      -BC/HU". */
export function parseNumberLine(text: string): Pick<ReportHeader, 'number' | 'docTypeCode' | 'issuerCode'> | null {
  const m = /^Số\s*:?\s*(.*)$/iu.exec(text.trim());
  if (!m) return null;
  const rest = (m[1] ?? '').trim();
  const party = /^([\p{L}\d.]*)\s*-\s*([^/\s]+)\s*\/\s*(\S+)$/u.exec(rest);
  if (party) return { number: party[1] ?? '', docTypeCode: party[2] ?? '', issuerCode: party[3] ?? '' };
  const state = /^([\p{L}\d.]*)\s*\/\s*([^-\s]+)\s*-\s*(\S+)$/u.exec(rest);
  if (state) return { number: state[1] ?? '', docTypeCode: state[2] ?? '', issuerCode: state[3] ?? '' };
  return { number: rest.replace(/\s+/g, ''), docTypeCode: '', issuerCode: '' };
}

function parseDateLine(text: string): { place: string; date: string } | null {
  const m = DATE_LINE.exec(text.trim());
  if (!m) return null;
  const place = (m[1] ?? '').trim();
  const [day, month, year] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const valid =
    Number.isInteger(day) &&
    Number.isInteger(month) &&
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  return { place, date: valid ? toIsoDate({ year, month, day }) : '' };
}

const EMPTY_HEADER: ReportHeader = {
  parentOrg: '',
  issuer: '',
  number: '',
  docTypeCode: '',
  issuerCode: '',
  place: '',
  date: '',
};

/** Fills the header from the lines of the block, whichever side they sit on. */
function readHeaderLines(lines: readonly HeaderLine[]): {
  header: ReportHeader;
  ruleSet: RecognisedHeader['ruleSet'];
  recognised: boolean;
} {
  const header = { ...EMPTY_HEADER };
  let ruleSet: RecognisedHeader['ruleSet'];
  let recognised = false;
  const orgs: HeaderLine[] = [];
  for (const line of lines) {
    for (const text of line.text.split('\n').map((t) => t.trim())) {
      if (!text || isDecoration(text)) continue;
      const national = isNationalLine(text);
      if (national) {
        recognised = true;
        if (national === 'party') ruleSet = 'hd36-2018';
        else if (national === 'state') ruleSet = 'nd30-2020';
        continue;
      }
      const number = /^Số(?=[\s:]|$)/iu.test(text) ? parseNumberLine(text) : null;
      if (number) {
        Object.assign(header, number);
        recognised = true;
        continue;
      }
      const date = parseDateLine(text);
      if (date) {
        header.place = date.place;
        header.date = date.date;
        recognised = true;
        continue;
      }
    }
    const orgText = line.text
      .split('\n')
      .map((t) => t.trim())
      .filter((t) => t && !isDecoration(t) && !isNationalLine(t) && !/^Số(?=[\s:]|$)/iu.test(t) && !parseDateLine(t))
      .join('\n');
    if (orgText) orgs.push({ ...line, text: orgText });
  }
  // The issuer is printed bold, the superior body plain above it; without bold, the last line is the issuer.
  const firstBold = orgs.findIndex((o) => o.bold);
  const split = firstBold >= 0 ? firstBold : Math.max(0, orgs.length - 1);
  header.parentOrg = orgs
    .slice(0, split)
    .map((o) => o.text)
    .join('\n');
  header.issuer = orgs
    .slice(split)
    .map((o) => o.text)
    .join('\n');
  return { header, ruleSet, recognised };
}

function isDocTypeLine(line: HeaderLine): boolean {
  const t = line.text;
  return (
    t.length > 0 &&
    t.length <= 100 &&
    !t.includes('\n') &&
    t === t.toLocaleUpperCase('vi') &&
    /\p{Lu}/u.test(t) &&
    !isNationalLine(t) &&
    !isDecoration(t)
  );
}

export function recognizeHeader(items: readonly DocItem[]): RecognisedHeader {
  let i = 0;
  const skipEmpty = () => {
    while (i < items.length) {
      const item = items[i];
      if (
        item?.kind === 'p' &&
        plainText(item.inlines).trim() === '' &&
        !item.inlines.some((x) => x.type === 'footnote')
      )
        i++;
      else break;
    }
  };
  skipEmpty();
  const lines: HeaderLine[] = [];
  const first = items[i];
  if (first?.kind === 'table') {
    for (const row of first.rows)
      for (const cell of row.cells) for (const p of cell.paragraphs) lines.push(paragraphLine(p));
    if (lines.some((l) => isNationalLine(l.text) || /^Số(?=[\s:]|$)/iu.test(l.text) || parseDateLine(l.text))) i++;
    else lines.length = 0;
  } else {
    // No table: the header lines are the paragraphs before the document type, if that comes early.
    for (let j = i; j < Math.min(items.length, i + 14); j++) {
      const item = items[j];
      if (item?.kind !== 'p') break;
      const line = paragraphLine(item);
      if (!isDocTypeLine(line) || item.align !== 'center' || j === i) continue;
      const before = items.slice(i, j).map((x) => paragraphLine(x as DocParagraph));
      if (before.some((l) => isNationalLine(l.text) || parseDateLine(l.text))) {
        lines.push(...before);
        i = j;
        break;
      }
    }
  }
  const read = readHeaderLines(lines);
  const fields: ImportedHeaderField[] = [];
  for (const key of ['parentOrg', 'issuer', 'number', 'docTypeCode', 'issuerCode', 'place', 'date'] as const)
    if (read.header[key] !== '') fields.push(key);

  skipEmpty();
  let docType = '';
  let title = '';
  const candidate = items[i];
  if (candidate?.kind === 'p' && isDocTypeLine(paragraphLine(candidate)) && candidate.align === 'center') {
    docType = paragraphLine(candidate).text;
    fields.push('docType');
    i++;
    const titleLines: string[] = [];
    while (i < items.length && titleLines.length < 6) {
      const item = items[i];
      if (item?.kind !== 'p' || item.align !== 'center') break;
      const text = plainText(item.inlines)
        .replace(/[ \t]+/g, ' ')
        .trim();
      i++;
      if (text === '') {
        if (titleLines.length > 0) break;
        continue;
      }
      if (isDecoration(text)) break;
      titleLines.push(text);
    }
    title = titleLines.join('\n');
    if (title) fields.push('title');
    // The short rule under the trích yếu, when it sits in a paragraph of its own.
    skipEmpty();
    const rule = items[i];
    if (rule?.kind === 'p' && isDecoration(plainText(rule.inlines).trim())) i++;
  }
  return { header: read.header, ruleSet: read.ruleSet, docType, title, fields, next: i };
}
